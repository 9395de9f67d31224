using Microsoft.AspNetCore.Mvc;
using Transcribe.Core.Templates;
using Transcribe.Core.Workflow;
using Transcribe.Web.Features.Flags;
using Transcribe.Web.Features.Scans;
using Transcribe.Web.Features.Templates;
using Transcribe.Web.Infrastructure.Identity;

namespace Transcribe.Web.Features.Projects;

/// <param name="OpenFlags">Pages with open flags; counted for curators only (null for everyone else).</param>
public sealed record ProjectPage(
    ProjectDetails Project, IReadOnlyList<DocumentSummary> Documents, IReadOnlyList<TemplateField> Fields, PageProgress Progress, int? OpenFlags);

public sealed class ProjectsController(ProjectQueries queries, ScanQueries scans, TemplateStore templates, FlagQueries flags) : Controller
{
    [HttpGet("/projects/{slug}")]
    public async Task<IActionResult> Show(string slug)
    {
        var project = await queries.FindAsync(slug);
        if (project is null) return NotFound();
        int? openFlags = User.IsInRole(Roles.Curator) ? await flags.OpenCountAsync(project.Id) : null;
        return View(new ProjectPage(project, await scans.DocumentsAsync(project.Id), await templates.FieldsAsync(project.Id),
            await queries.ProgressAsync(project.Id), openFlags));
    }
}
