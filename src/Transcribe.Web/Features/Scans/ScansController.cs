using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Transcribe.Web.Features.Projects;
using Transcribe.Web.Infrastructure.Identity;
using Transcribe.Web.Infrastructure.Storage;

namespace Transcribe.Web.Features.Scans;

public sealed class ImportPage
{
    public required ProjectDetails Project { get; init; }
    public required IReadOnlyList<DocumentSummary> Documents { get; init; }
    public string? Error { get; init; }
}

public sealed class ScansController(
    ProjectQueries projects, ScanQueries scans, ImportPipeline pipeline, ManifestImporter manifests, StoragePaths storage,
    ILogger<ScansController> logger) : Controller
{
    public const long MaxUploadBytes = 4L << 30;

    [HttpGet("/projects/{slug}/documents/{id:int}")]
    public async Task<IActionResult> Document(string slug, int id)
    {
        var document = await scans.DocumentAsync(id);
        return document is null || document.ProjectSlug != slug ? NotFound() : View(document);
    }

    [HttpGet("/pages/{id:int}")]
    public async Task<IActionResult> Page(int id)
    {
        var page = await scans.PageAsync(id);
        return page is null ? NotFound() : View(page);
    }

    [Authorize(Roles = Roles.Curator), HttpGet("/projects/{slug}/import")]
    public async Task<IActionResult> Import(string slug)
    {
        var project = await projects.FindAsync(slug);
        return project is null ? NotFound() : View(new ImportPage { Project = project, Documents = await scans.DocumentsAsync(project.Id) });
    }

    /// <summary>Several images, or one zip of them, as a new ledger. Answers JSON to the page's script, HTML without it.</summary>
    [Authorize(Roles = Roles.Curator), HttpPost("/projects/{slug}/import/upload")]
    [RequestSizeLimit(MaxUploadBytes), RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
    public async Task<IActionResult> Upload(string slug, string? title, string? callNumber, List<IFormFile> files, CancellationToken ct)
    {
        var project = await projects.FindAsync(slug);
        if (project is null) return NotFound();
        var saved = new List<string>();
        try
        {
            var images = new List<IncomingImage>();
            foreach (var file in files.OrderBy(f => f.FileName, Core.Scans.NaturalOrder.Instance))
            {
                if (Path.GetExtension(file.FileName).Equals(".zip", StringComparison.OrdinalIgnoreCase))
                {
                    string zip = storage.NewIncomingFile();
                    saved.Add(zip);
                    await using (var target = System.IO.File.Create(zip)) await file.CopyToAsync(target, ct);
                    images.AddRange(ImportSources.FromZip(zip, file.FileName));
                }
                else
                {
                    images.Add(new IncomingImage(file.FileName, "", _ => Task.FromResult(file.OpenReadStream())));
                }
            }
            var result = await pipeline.ImportAsync(project.Id,
                new NewDocument((title ?? "").Trim(), (callNumber ?? "").Trim(), project.Institution, "Uploaded by " + User.Identity?.Name), images, ct);
            logger.LogInformation("Imported document {Document} ({Pages} pages) into {Project}", result.DocumentId, result.Pages, slug);
            return Imported(slug, result);
        }
        catch (ImportException e)
        {
            return await ImportFailed(project, e.Message);
        }
        finally
        {
            foreach (string file in saved) System.IO.File.Delete(file);
        }
    }

    /// <summary>A IIIF manifest, by URL or as an uploaded file, as a new ledger.</summary>
    [Authorize(Roles = Roles.Curator), HttpPost("/projects/{slug}/import/manifest")]
    [RequestSizeLimit(32 << 20)]
    public async Task<IActionResult> Manifest(string slug, string? url, IFormFile? manifest, string? title, CancellationToken ct)
    {
        var project = await projects.FindAsync(slug);
        if (project is null) return NotFound();
        try
        {
            string json;
            string source;
            if (manifest is { Length: > 0 })
            {
                await using var stream = manifest.OpenReadStream();
                json = await ManifestImporter.ReadLimitedAsync(stream, ct);
                source = "Manifest file " + manifest.FileName;
            }
            else if (!string.IsNullOrWhiteSpace(url))
            {
                json = await manifests.FetchAsync(url, ct);
                source = url.Trim();
            }
            else
            {
                throw new ImportException("Give the manifest's URL or choose a manifest file.");
            }
            var result = await manifests.ImportAsync(project.Id, json, source, title, project.Institution, ct);
            logger.LogInformation("Imported manifest {Source} as document {Document} ({Pages} pages)", source, result.DocumentId, result.Pages);
            return Imported(slug, result);
        }
        catch (ImportException e)
        {
            return await ImportFailed(project, e.Message);
        }
    }

    IActionResult Imported(string slug, ImportResult result)
    {
        string url = $"/projects/{slug}/documents/{result.DocumentId}";
        string notice = $"Imported {result.Pages} {(result.Pages == 1 ? "page" : "pages")}; their tiles are being prepared.";
        if (WantsJson) return Ok(new { documentId = result.DocumentId, pages = result.Pages, redirect = url, notice });
        TempData["Notice"] = notice;
        return Redirect(url);
    }

    async Task<IActionResult> ImportFailed(ProjectDetails project, string message)
    {
        if (WantsJson) return Problem(message, statusCode: StatusCodes.Status400BadRequest, title: "The import was not used");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Import", new ImportPage { Project = project, Documents = await scans.DocumentsAsync(project.Id), Error = message });
    }

    bool WantsJson => Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal);
}
