using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Transcribe.Core.Records;
using Transcribe.Core.Workflow;
using Transcribe.Web.Features.Projects;
using Transcribe.Web.Infrastructure.Identity;

namespace Transcribe.Web.Features.Settings;

/// <summary>The settings form as posted: text where a curator may type anything, checked before it is stored.</summary>
public sealed class SettingsForm
{
    public int TranscriptionsRequired { get; set; }
    public int TranscriptionsAllowed { get; set; }
    public int ApprovalsRequired { get; set; }
    public string AssignmentOrder { get; set; } = "document";
    public int LeaseMinutes { get; set; }
    public int MaxFieldLength { get; set; }
    public int MaxRows { get; set; }
    public string AgreementPercent { get; set; } = "60";
    public string DateOrder { get; set; } = "mdy";
    public string Abbreviations { get; set; } = "";

    public static SettingsForm From(ProjectSettings s) => new()
    {
        TranscriptionsRequired = s.TranscriptionsRequired, TranscriptionsAllowed = s.TranscriptionsAllowed, ApprovalsRequired = s.ApprovalsRequired,
        AssignmentOrder = s.AssignmentOrder, LeaseMinutes = s.LeaseMinutes, MaxFieldLength = s.MaxFieldLength, MaxRows = s.MaxRows,
        AgreementPercent = (s.AgreementThreshold * 100).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        DateOrder = s.DateOrder.ToDb(), Abbreviations = ProjectSettingsRules.FormatAbbreviations(s.Abbreviations),
    };
}

public sealed record SettingsPage(ProjectDetails Project, SettingsForm Form);

[Authorize(Roles = Roles.Curator)]
public sealed class SettingsController(ProjectQueries projects, SettingsStore store, ILogger<SettingsController> logger) : Controller
{
    [HttpGet("/projects/{slug}/settings")]
    public async Task<IActionResult> Edit(string slug)
    {
        var project = await projects.FindAsync(slug);
        if (project is null) return NotFound();
        return View(new SettingsPage(project, SettingsForm.From(await store.LoadAsync(project.Id))));
    }

    [HttpPost("/projects/{slug}/settings")]
    public async Task<IActionResult> Save(string slug, SettingsForm form)
    {
        var project = await projects.FindAsync(slug);
        if (project is null) return NotFound();
        // A number field left empty or holding text arrives as a binding error: say which field.
        foreach (var (key, entry) in ModelState.Where(e => e.Value?.Errors.Count > 0).ToList())
        {
            entry!.Errors.Clear();
            ModelState.AddModelError(key, "Type a whole number here.");
        }
        var (abbreviations, abbreviationProblems) = ProjectSettingsRules.ParseAbbreviations(form.Abbreviations);
        foreach (var problem in abbreviationProblems) ModelState.AddModelError(nameof(form.Abbreviations), problem);
        double? share = ProjectSettingsRules.PercentToShare(form.AgreementPercent);
        if (share is null) ModelState.AddModelError(nameof(form.AgreementPercent), "Type a percentage, e.g. 60.");
        if (form.DateOrder is not ("mdy" or "dmy")) ModelState.AddModelError(nameof(form.DateOrder), "Choose how the project's volunteers write numeric dates.");

        // Every rule is checked on every post, so one refusal lists all there is to mend.
        var settings = new ProjectSettings(form.TranscriptionsRequired, form.TranscriptionsAllowed, form.ApprovalsRequired, form.AssignmentOrder,
            form.LeaseMinutes, form.MaxFieldLength, form.MaxRows, share ?? 1, form.DateOrder == "dmy" ? DateOrder.DayMonthYear : DateOrder.MonthDayYear,
            abbreviations);
        foreach (var problem in ProjectSettingsRules.Problems(settings))
            ModelState.AddModelError(problem.Field == nameof(settings.AgreementThreshold) ? nameof(form.AgreementPercent) : problem.Field, problem.Message);
        if (ModelState.IsValid)
        {
            await store.SaveAsync(project.Id, settings);
            logger.LogInformation("Settings of project {Slug} saved", slug);
            TempData["Notice"] = "The project's settings are saved.";
            return Redirect($"/projects/{slug}");
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", new SettingsPage(project, form));
    }
}

/// <summary>One number of the settings form, with its range and help (the _Number partial).</summary>
public sealed record SettingsNumber(string Name, string Label, int Value, int Min, int Max, string Help, IEnumerable<string> Errors);
