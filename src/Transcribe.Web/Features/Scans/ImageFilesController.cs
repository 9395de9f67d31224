using Microsoft.AspNetCore.Mvc;
using Transcribe.Web.Infrastructure.Imaging;
using Transcribe.Web.Infrastructure.Storage;

namespace Transcribe.Web.Features.Scans;

/// <summary>Image files made on first request: a page's thumbnail, and the whole image a IIIF canvas paints.</summary>
public sealed class ImageFilesController(ScanQueries scans, StoragePaths storage, Vips vips) : ControllerBase
{
    /// <summary>
    /// A page's thumbnail, made on its first request and served as a static file after that: volunteers
    /// need a page's tiles at once, its thumbnail only when someone browses the ledger.
    /// </summary>
    [HttpGet("/thumbnails/{prefix:length(2)}/{imageId:regex(^[[0-9a-f]]{{64}}$)}.jpg")]
    public async Task<IActionResult> Thumbnail(string prefix, string imageId, CancellationToken ct)
    {
        var image = await scans.ImageAsync(imageId);
        if (image is null || image.TileState != "ready" || !imageId.StartsWith(prefix, StringComparison.Ordinal)) return NotFound();
        string thumbnail = storage.Thumbnail(imageId);
        if (!System.IO.File.Exists(thumbnail))
        {
            try
            {
                await vips.ThumbnailAsync(storage.Original(imageId, image.Format), thumbnail, 360, ct);
            }
            catch (ImagingException e)
            {
                return Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }
        Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return PhysicalFile(thumbnail, "image/jpeg");
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
