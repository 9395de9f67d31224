using Microsoft.AspNetCore.Mvc;
using Transcribe.Web.Features.Scans;

namespace Transcribe.Web.Features.Projects;

public sealed record ProjectPage(ProjectDetails Project, IReadOnlyList<DocumentSummary> Documents);

public sealed class ProjectsController(ProjectQueries queries, ScanQueries scans) : Controller
{
    [HttpGet("/projects/{slug}")]
    public async Task<IActionResult> Show(string slug)
    {
        var project = await queries.FindAsync(slug);
        return project is null ? NotFound() : View(new ProjectPage(project, await scans.DocumentsAsync(project.Id)));
    }
}
