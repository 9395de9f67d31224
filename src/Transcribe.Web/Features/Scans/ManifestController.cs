using Microsoft.AspNetCore.Mvc;
using Transcribe.Core.Iiif;
using Transcribe.Web.Infrastructure.Imaging;
using Transcribe.Web.Infrastructure.Storage;

namespace Transcribe.Web.Features.Scans;

/// <summary>
/// IIIF out: a Presentation 3 manifest per ledger, so Mirador, Universal Viewer or a museum's own
/// portal can open it, and the whole image each canvas paints (level-0 tiles do not include it).
/// </summary>
public sealed class ManifestController(ScanQueries scans, StoragePaths storage, Vips vips) : ControllerBase
{
    string BaseUrl => $"{Request.Scheme}://{Request.Host}{Request.PathBase}";

    [HttpGet("/iiif/documents/{id:int}/manifest")]
    public async Task<IActionResult> Manifest(int id)
    {
        var document = await scans.DocumentAsync(id);
        if (document is null) return NotFound();
        string manifestId = $"{BaseUrl}/iiif/documents/{id}/manifest";
        var metadata = System.Text.Json.JsonDocument.Parse(document.Metadata).RootElement.EnumerateArray()
            .Select(m => new LabelValue(m.GetProperty("label").GetString() ?? "", m.GetProperty("value").GetString() ?? ""))
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

    /// <summary>The painting body of a canvas: the original if it is a JPEG, else a JPEG made once from it.</summary>
    [HttpGet("/iiif/{imageId:regex(^[[0-9a-f]]{{64}}$)}/full/max/0/default.jpg")]
    public async Task<IActionResult> FullImage(string imageId, CancellationToken ct)
    {
        var image = await scans.ImageAsync(imageId);
        if (image is null || image.TileState != "ready") return NotFound();
        Response.Headers.AccessControlAllowOrigin = "*";
        Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        string original = storage.Original(imageId, image.Format);
        if (image.Format == "jpeg") return PhysicalFile(original, "image/jpeg", enableRangeProcessing: true);
        string converted = Path.Combine(storage.TileFolder(imageId), "full", "max", "0", "default.jpg");
        if (!System.IO.File.Exists(converted))
        {
            try
            {
                await vips.ConvertAsync(original, converted, ct);
            }
            catch (ImagingException e)
            {
                return Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }
        return PhysicalFile(converted, "image/jpeg", enableRangeProcessing: true);
    }
}
