using Microsoft.AspNetCore.Mvc;
using Transcribe.Web.Features.Projects;

namespace Transcribe.Web.Features.Home;

public sealed class HomeController(ProjectQueries projects) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index() => View(await projects.ListPublishedAsync());
}
