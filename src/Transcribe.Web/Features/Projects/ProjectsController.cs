using Microsoft.AspNetCore.Mvc;
using Transcribe.Core.Templates;
using Transcribe.Web.Features.Scans;
using Transcribe.Web.Features.Templates;

namespace Transcribe.Web.Features.Projects;

public sealed record ProjectPage(ProjectDetails Project, IReadOnlyList<DocumentSummary> Documents, IReadOnlyList<TemplateField> Fields);

public sealed class ProjectsController(ProjectQueries queries, ScanQueries scans, TemplateStore templates) : Controller
{
    [HttpGet("/projects/{slug}")]
    public async Task<IActionResult> Show(string slug)
    {
        var project = await queries.FindAsync(slug);
        return project is null ? NotFound() : View(new ProjectPage(project, await scans.DocumentsAsync(project.Id), await templates.FieldsAsync(project.Id)));
    }
}
