using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Transcribe.Web.Features.Errors;

public sealed record ErrorPage(int Status, string Title, string Message);

/// <summary>Friendly pages for every error status; they say what to do next and never leak internals.</summary>
[IgnoreAntiforgeryToken, ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController(ILogger<ErrorsController> logger) : Controller
{
    [Route("/error")]
    public IActionResult Exception()
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (failure is not null)
            logger.LogError(failure.Error, "Unhandled exception on {Path}", failure.Path);
        return Show(StatusCodes.Status500InternalServerError);
    }

    [Route("/error/{status:int}")]
    public IActionResult Status(int status)
    {
        // Re-executing a POST whose form broke the server's limits binds nothing, not even the route's status:
        // read it from the route, or a refused 5 MB paste would be reported as "Page not found".
        if (status == 0 && int.TryParse(RouteData.Values["status"]?.ToString(), out int routed)) status = routed;
        return Show(status is >= 400 and <= 599 ? status : 404);
    }

    IActionResult Show(int status)
    {
        Response.StatusCode = status;
        var page = status switch
        {
            400 => new ErrorPage(400, "That request could not be used", "Something in it was missing or malformed. If you were submitting a form, it may have expired: go back, reload the page and try again."),
            401 => new ErrorPage(401, "Please log in", "You need to be logged in to see this page."),
            403 => new ErrorPage(403, "Not allowed", "Your account does not have permission to see this page. If you think it should, ask a project curator or an administrator."),
            404 => new ErrorPage(404, "Page not found", "There is no page at this address. It may have moved, or the link may be mistyped."),
            405 => new ErrorPage(405, "Not allowed", "This address does not accept that kind of request."),
            413 => new ErrorPage(413, "Too large", "What you sent is larger than this site accepts."),
            429 => new ErrorPage(429, "Slow down", "Too many requests in a short time. Wait a moment and try again."),
            >= 500 => new ErrorPage(status, "Something went wrong on our side", "The problem has been logged. Your submitted work is safe; please try again in a moment."),
            _ => new ErrorPage(status, "That did not work", "The request could not be completed."),
        };
        return View("Error", page);
    }
}
