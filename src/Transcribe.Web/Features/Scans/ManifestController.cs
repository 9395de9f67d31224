using Microsoft.AspNetCore.Mvc;
using Transcribe.Core.Iiif;

namespace Transcribe.Web.Features.Scans;

/// <summary>IIIF out: a Presentation 3 manifest per ledger, so Mirador, Universal Viewer or a museum's own portal can open it.</summary>
public sealed class ManifestController(ScanQueries scans) : ControllerBase
{
    string BaseUrl => $"{Request.Scheme}://{Request.Host}{Request.PathBase}";

    [HttpGet("/iiif/documents/{id:int}/manifest")]
    public async Task<IActionResult> Manifest(int id)
    {
        var document = await scans.DocumentAsync(id);
        if (document is null) return NotFound();
        string manifestId = $"{BaseUrl}/iiif/documents/{id}/manifest";
        var metadata = document.MetadataPairs
            .Prepend(new LabelValue("Call number", document.CallNumber))
            .Where(m => m.Value != "")
            .ToList();
        var pages = document.Pages.Select(p => new PageExport(
            $"{BaseUrl}/iiif/documents/{id}/canvas/{p.Id}", p.Label, p.Width, p.Height, $"{BaseUrl}/iiif/{p.ImageId}")).ToList();
        string json = ManifestWriter.Build(manifestId, document.Title, metadata,
            document.Institution == "" ? null : new LabelValue("Attribution", document.Institution), pages);
        Response.Headers.AccessControlAllowOrigin = "*";
        Response.Headers.CacheControl = "public, max-age=300";
        return Content(json, "application/ld+json;profile=\"http://iiif.io/api/presentation/3/context.json\"");
    }
}
