using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Transcribe.Core.Notes;
using Transcribe.Web.Infrastructure.Identity;

namespace Transcribe.Web.Features.Notes;

/// <summary>
/// What the notes partial renders: the thread, and the form that posts back to <paramref name="ReturnUrl"/>.
/// A screen that includes the partial passes its own address as ReturnUrl, so a post without scripts comes back to it.
/// </summary>
/// <param name="Error">Why the last post was refused, shown above the form.</param>
/// <param name="Draft">The text that post carried, put back in the form.</param>
/// <param name="Earlier">Older notes not shown (the thread shows the latest <see cref="NoteQueries.Shown"/>).</param>
public sealed record PageNotesModel(int PageId, IReadOnlyList<PageNote> Notes, string ReturnUrl, string? Error = null, string Draft = "", int Earlier = 0);

public sealed record NotesPage(NotedPage Page, PageNotesModel Thread);

[Authorize]
public sealed class NotesController(NoteQueries notes, UserManager<AppUser> users, ICompositeViewEngine views, ILogger<NotesController> logger) : Controller
{
    public const string NotePartial = "~/Features/Notes/_Note.cshtml";
    public const string ThreadPartial = "~/Features/Notes/_PageNotes.cshtml";

    /// <summary>The thread on its own screen, or with ?partial=1 just the thread and form, for a screen to insert.</summary>
    [HttpGet("/pages/{id:int}/notes")]
    public async Task<IActionResult> Index(int id, string? partial = null, string? returnUrl = null)
    {
        var page = await notes.PageAsync(id);
        if (page is null) return NotFound();
        var thread = await ThreadAsync(id, returnUrl);
        return partial is "1" or "true" ? PartialView(ThreadPartial, thread) : View(new NotesPage(page, thread));
    }

    /// <summary>Adds a note. A form post is redirected back; the notes script (Accept: application/json) gets the note.</summary>
    [HttpPost("/pages/{id:int}/notes")]
    public async Task<IActionResult> Add(int id, string? body, string? returnUrl)
    {
        var page = await notes.PageAsync(id);
        if (page is null) return NotFound();
        var cleaned = NoteText.Clean(body);
        if (!cleaned.IsValid) return await RefusedAsync(page, returnUrl, cleaned.Problem!, body ?? "");

        var note = await notes.AddAsync(id, Guid.Parse(users.GetUserId(User)!), cleaned.Text);
        if (note is null) return NotFound();
        logger.LogInformation("Note {NoteId} added to page {PageId}", note.Id, id);
        if (WantsJson)
        {
            var json = new { id = note.Id, author = note.Author, body = note.Body, createdAt = note.CreatedAt, html = await RenderAsync(NotePartial, note) };
            return Created($"/pages/{id}/notes#note-{note.Id}", json);
        }
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : LocalRedirect($"/pages/{id}/notes#note-{note.Id}");
    }

    async Task<IActionResult> RefusedAsync(NotedPage page, string? returnUrl, string problem, string draft)
    {
        if (WantsJson) return Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "The note was not posted");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        var thread = await ThreadAsync(page.Id, returnUrl) with { Error = problem, Draft = draft };
        return View("Index", new NotesPage(page, thread));
    }

    async Task<PageNotesModel> ThreadAsync(int pageId, string? returnUrl)
    {
        var thread = await notes.ThreadAsync(pageId);
        return new PageNotesModel(pageId, thread.Notes, Url.IsLocalUrl(returnUrl) ? returnUrl : $"/pages/{pageId}/notes", Earlier: thread.Earlier);
    }

    // The script appends the same markup the thread renders, so a posted note looks like every other.
    async Task<string> RenderAsync(string viewPath, object model)
    {
        var view = views.GetView(executingFilePath: null, viewPath, isMainPage: false).View
            ?? throw new InvalidOperationException($"The view {viewPath} is missing.");
        await using var writer = new StringWriter();
        var viewData = new ViewDataDictionary(MetadataProvider, ModelState) { Model = model };
        await view.RenderAsync(new ViewContext(ControllerContext, view, viewData, TempData, writer, new HtmlHelperOptions()));
        return writer.ToString().Trim();
    }

    bool WantsJson => Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal);
}
