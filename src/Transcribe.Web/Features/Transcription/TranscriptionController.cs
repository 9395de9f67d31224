using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Transcribe.Core.Entry;
using Transcribe.Core.Templates;
using Transcribe.Core.Workflow;
using Transcribe.Web.Features.Notes;
using Transcribe.Web.Features.Projects;
using Transcribe.Web.Features.Scans;
using Transcribe.Web.Features.Templates;

namespace Transcribe.Web.Features.Transcription;

public sealed record EntryScreen(PageView Page, Standing Standing, IReadOnlyList<TemplateField> Fields, EntryContent Draft, bool LeaseActive, PageNotesModel Notes);

public sealed record ClosedScreen(PageView Page, string Heading, string Message, DateTimeOffset? SubmittedAt);

/// <summary>
/// The ledger entry screen and its API. Every route works on the signed-in volunteer's own work
/// only: nothing here ever reads or returns another volunteer's draft or transcription.
/// </summary>
[Authorize]
public sealed class TranscriptionController(
    Assignment assignment, EntryStore entries, Submissions submissions, ScanQueries scans, ProjectQueries projects, TemplateStore templates,
    NoteQueries notes, ILogger<TranscriptionController> logger) : Controller
{
    Guid VolunteerId => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);

    [HttpPost("/projects/{slug}/start")]
    public async Task<IActionResult> Start(string slug, int? documentId)
    {
        var project = await projects.FindAsync(slug);
        if (project is null) return NotFound();
        return await NextPageAsync(project.Id, slug, documentId);
    }

    async Task<IActionResult> NextPageAsync(int projectId, string slug, int? documentId)
    {
        if (await assignment.NextAsync(projectId, VolunteerId, documentId) is int pageId) return Redirect($"/pages/{pageId}/transcribe");
        TempData["Notice"] = documentId is null
            ? "There is nothing left for you to transcribe in this project right now: every page has all the volunteers it needs. Thank you! Check back soon."
            : "There is nothing left for you to transcribe in this ledger right now. Try another ledger, or the whole project.";
        return Redirect($"/projects/{slug}");
    }

    [HttpGet("/pages/{id:int}/transcribe")]
    public async Task<IActionResult> Entry(int id)
    {
        var page = await scans.PageAsync(id);
        var standing = await entries.StandingAsync(id, VolunteerId);
        if (page is null || standing is null) return NotFound();
        if (standing.Submitted)
            return View("Closed", new ClosedScreen(page, "You have transcribed this page",
                "Thank you. Your transcription is in, and it can no longer change. It is compared with other volunteers' work once the page has enough of them.",
                standing.SubmittedAt));
        if (!standing.MayWork)
        {
            if (!await assignment.TakeAsync(id, VolunteerId))
                return View("Closed", new ClosedScreen(page, "This page is not available to you",
                    PageStates.FromDb(standing.State) == PageState.Open
                        ? "It already has all the volunteers it needs, or you skipped it. Start transcribing to get the next page that needs you."
                        : $"It is no longer open for transcription ({PageStates.FromDb(standing.State).Describe().ToLowerInvariant()}). Start transcribing to get the next page that needs you.",
                    null));
            standing = (await entries.StandingAsync(id, VolunteerId))!;
        }
        var draft = await entries.DraftAsync(id, VolunteerId);
        var thread = await notes.ThreadAsync(id);
        var notesModel = new PageNotesModel(id, thread.Notes, $"/pages/{id}/transcribe", Earlier: thread.Earlier);
        return View(new EntryScreen(page, standing, await templates.FieldsAsync(standing.ProjectId), draft, standing.LeaseActive(DateTimeOffset.UtcNow), notesModel));
    }

    [HttpPut("/api/pages/{id:int}/draft")]
    public async Task<IActionResult> SaveDraft(int id)
    {
        var (request, error) = await EntryJson.ReadAsync<EntryRequest>(Request);
        if (request is null) return Problem(400, error!);
        var standing = await entries.StandingAsync(id, VolunteerId);
        if (standing is null) return Problem(404, "There is no such page.");
        if (standing.Submitted) return Problem(409, "You have already submitted this page; a submitted transcription cannot change.");
        if (!standing.MayWork) return Problem(403, "This page is not assigned to you, so nothing was saved. Start transcribing to get a page.");

        var fields = await templates.FieldsAsync(standing.ProjectId);
        var content = EntryRules.Clean(fields, request.Rows, request.PageFields, forSubmit: false);
        var limits = EntryRules.LimitProblems(content, standing.Limits);
        if (limits.Count > 0) return Problem(422, "The draft is over this project's limits, so it was not saved on the server. It is still on this screen.", limits);

        var savedAt = await entries.SaveDraftAsync(id, VolunteerId, content);
        bool leaseActive = await assignment.RenewAsync(id, VolunteerId);
        var problems = EntryRules.Problems(fields, content, standing.Limits, standing.Dates);
        return Json(new { savedAt, leaseActive, problems = problems.Select(ProblemJson.From) }, EntryJson.Options);
    }

    [HttpPost("/api/pages/{id:int}/transcriptions")]
    public async Task<IActionResult> Submit(int id)
    {
        var (request, error) = await EntryJson.ReadAsync<EntryRequest>(Request);
        if (request is null) return Problem(400, error!);
        if (request.SubmissionKey is not Guid key || key == Guid.Empty)
            return Problem(400, "A submission key is missing; reload the page (your draft is kept) and submit again.");
        var standing = await entries.StandingAsync(id, VolunteerId);
        if (standing is null) return Problem(404, "There is no such page.");

        var fields = await templates.FieldsAsync(standing.ProjectId);
        var content = EntryRules.Clean(fields, request.Rows, request.PageFields, forSubmit: true);
        var problems = EntryRules.Problems(fields, content, standing.Limits, standing.Dates);
        // A repeat of a submit that went through is answered by its key, whatever it holds.
        if (!standing.Submitted)
        {
            if (!standing.MayWork) return Problem(403, "This page is not assigned to you, so nothing was stored. Start transcribing to get a page.");
            if (!EntryRules.CanSubmit(problems))
            {
                // Nothing typed is lost: the refused page is kept as the volunteer's draft (when within the limits).
                if (EntryRules.LimitProblems(content, standing.Limits).Count == 0)
                    await entries.SaveDraftAsync(id, VolunteerId, EntryRules.Clean(fields, request.Rows, request.PageFields, forSubmit: false));
                return Problem(422, "Some fields need attention before this page can be submitted. Your work is saved as a draft.", problems);
            }
        }
        var result = await submissions.SubmitAsync(id, VolunteerId, key, content);

        string next = $"/projects/{standing.ProjectSlug}/start";
        switch (result.Outcome)
        {
            case SubmitOutcome.Created:
                logger.LogInformation("Transcription {TranscriptionId} of page {PageId} submitted ({Rows} rows)", result.TranscriptionId, id, content.Rows.Count);
                return StatusCode(201, new { id = result.TranscriptionId, submittedAt = result.SubmittedAt, pageState = result.PageState, next });
            case SubmitOutcome.Repeated:
                return Ok(new { id = result.TranscriptionId, submittedAt = result.SubmittedAt, repeated = true, next });
            case SubmitOutcome.AlreadySubmitted:
                return Problem(409, "You have already submitted this page (perhaps from another tab); a submitted transcription cannot change.");
            case SubmitOutcome.KeyUsedElsewhere:
                return Problem(409, "This submission key belongs to another submission. Reload the page and submit again; your draft is kept.");
            case SubmitOutcome.NotYours:
                return Problem(403, "This page is not assigned to you, so nothing was stored. Start transcribing to get a page.");
            default:
                return Problem(404, "There is no such page.");
        }
    }

    [HttpPost("/api/pages/{id:int}/check")]
    public async Task<IActionResult> Check(int id)
    {
        var (request, error) = await EntryJson.ReadAsync<CheckRequest>(Request);
        if (request is null) return Problem(400, error!);
        var standing = await entries.StandingAsync(id, VolunteerId);
        if (standing is null) return Problem(404, "There is no such page.");
        var field = (await templates.FieldsAsync(standing.ProjectId)).FirstOrDefault(f => f.Key == request.Key);
        if (field is null) return Problem(400, "There is no such field in this project's form.");
        var problem = (request.Value?.Length ?? 0) > standing.MaxFieldLength
            ? new EntryProblem(request.Row, field.Key, $"This is {request.Value!.Length} characters long; a field may hold at most {standing.MaxFieldLength}.")
            : EntryRules.Check(field, request.Value, request.Row, standing.Dates);
        return Json(new { problem = problem is null ? null : ProblemJson.From(problem) }, EntryJson.Options);
    }

    [HttpPost("/pages/{id:int}/skip")]
    public async Task<IActionResult> Skip(int id)
    {
        var standing = await entries.StandingAsync(id, VolunteerId);
        if (standing is null) return NotFound();
        await assignment.SkipAsync(id, VolunteerId);
        TempData["Notice"] = "Page skipped: it will not be offered to you again. Here is the next one.";
        return await NextPageAsync(standing.ProjectId, standing.ProjectSlug, null);
    }

    public static readonly IReadOnlyDictionary<string, string> FlagReasons = new Dictionary<string, string>
    {
        ["blank"] = "Blank page",
        ["illegible"] = "Illegible",
        ["damaged"] = "Damaged or cut off",
        ["not_ledger"] = "Not a ledger page",
        ["other"] = "Something else",
    };

    static readonly string[] FlaggableStates = Enum.GetValues<PageState>().Where(s => PageStates.CanMove(s, PageState.Flagged)).Select(s => s.ToDb()).ToArray();

    [HttpPost("/pages/{id:int}/flag")]
    public async Task<IActionResult> Flag(int id, string? reason, string? note)
    {
        var standing = await entries.StandingAsync(id, VolunteerId);
        if (standing is null) return NotFound();
        string cleanNote = EntryText.Clean(note, multiline: true);
        string? problem = reason is null || !FlagReasons.ContainsKey(reason) ? "Choose why you are flagging the page."
            : cleanNote.Length > 2000 ? "The note is too long (at most 2000 characters)."
            : reason == "other" && cleanNote.Length == 0 ? "Say in the note what is wrong with the page."
            : !standing.MayWork && !standing.Submitted ? "You can only flag a page you are working on."
            : null;
        if (problem is not null)
        {
            TempData["Notice"] = "The page was not flagged: " + problem;
            return Redirect($"/pages/{id}/transcribe");
        }
        await entries.FlagAsync(id, VolunteerId, reason!, cleanNote, FlaggableStates);
        logger.LogInformation("Page {PageId} flagged as {Reason}", id, reason);
        TempData["Notice"] = $"Thank you: the page is flagged ({FlagReasons[reason!].ToLowerInvariant()}) for a curator to look at. Here is the next one.";
        return await NextPageAsync(standing.ProjectId, standing.ProjectSlug, null);
    }

    ObjectResult Problem(int status, string message, IEnumerable<EntryProblem>? problems = null) =>
        StatusCode(status, new { error = message, problems = (problems ?? []).Select(ProblemJson.From) });
}
