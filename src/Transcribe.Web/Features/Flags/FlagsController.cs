using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Transcribe.Core.Workflow;
using Transcribe.Web.Features.Projects;
using Transcribe.Web.Infrastructure.Identity;

namespace Transcribe.Web.Features.Flags;

public sealed record FlagsPage(ProjectDetails Project, FlaggedPages Flagged, string? Error = null);

/// <summary>A curator works through the pages volunteers flagged: back to transcription, or set aside.</summary>
[Authorize(Roles = Roles.Curator)]
public sealed class FlagsController(ProjectQueries projects, FlagQueries flags, UserManager<AppUser> users, ILogger<FlagsController> logger) : Controller
{
    [HttpGet("/projects/{slug}/flags")]
    public async Task<IActionResult> Index(string slug)
    {
        var project = await projects.FindAsync(slug);
        return project is null ? NotFound() : View(new FlagsPage(project, await flags.OpenAsync(project.Id)));
    }

    [HttpPost("/projects/{slug}/flags/{pageId:int}/return")]
    public Task<IActionResult> Return(string slug, int pageId) => ResolveAsync(slug, pageId, FlagAction.ReturnToTranscription);

    [HttpPost("/projects/{slug}/flags/{pageId:int}/set-aside")]
    public Task<IActionResult> SetAside(string slug, int pageId) => ResolveAsync(slug, pageId, FlagAction.SetAside);

    async Task<IActionResult> ResolveAsync(string slug, int pageId, FlagAction action)
    {
        var project = await projects.FindAsync(slug);
        if (project is null) return NotFound();
        var curatorId = Guid.Parse(users.GetUserId(User)!);
        var result = await flags.ResolveAsync(project.Id, pageId, action, curatorId);
        if (!result.Found) return NotFound();
        if (result.Outcome is { IsAllowed: false } refused)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Index", new FlagsPage(project, await flags.OpenAsync(project.Id), $"{result.Label}: {refused.Refusal}"));
        }
        if (!result.HadOpenFlags)
        {
            // Another curator got there first (or the form was sent twice): nothing to undo, just say so.
            TempData["Notice"] = $"The flags on {result.Label} were already resolved.";
        }
        else
        {
            logger.LogInformation("Flags on page {PageId} resolved ({Action}) by {CuratorId}", pageId, action, curatorId);
            TempData["Notice"] = action == FlagAction.SetAside
                ? $"{result.Label} is set aside: it stays flagged and out of volunteers' way."
                : $"{result.Label} is open for transcription again.";
        }
        return LocalRedirect($"/projects/{slug}/flags");
    }
}
