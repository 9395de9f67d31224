using Microsoft.AspNetCore.Mvc;

namespace Transcribe.Web.Features.Projects;

public sealed class ProjectsController(ProjectQueries queries) : Controller
{
    [HttpGet("/projects/{slug}")]
    public async Task<IActionResult> Show(string slug)
    {
        var project = await queries.FindAsync(slug);
        return project is null ? NotFound() : View(project);
    }
}
