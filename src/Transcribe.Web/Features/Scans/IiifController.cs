using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Transcribe.Web.Infrastructure.Storage;

namespace Transcribe.Web.Features.Scans;

/// <summary>
/// IIIF Image API 3 (level 0): tiles are static files (see <see cref="TileFiles"/>); info.json is
/// served here because its id must name this server as the client reached it.
/// </summary>
public sealed partial class IiifController(StoragePaths storage) : ControllerBase
{
    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex ImageId();

    [HttpGet("/iiif/{imageId}/info.json")]
    public async Task<IActionResult> Info(string imageId)
    {
        if (!ImageId().IsMatch(imageId)) return NotFound();
        string path = Path.Combine(storage.TileFolder(imageId), "info.json");
        if (!System.IO.File.Exists(path)) return NotFound();
        var info = JsonNode.Parse(await System.IO.File.ReadAllTextAsync(path))!.AsObject();
        info["id"] = $"{Request.Scheme}://{Request.Host}{Request.PathBase}/iiif/{imageId}";
        Response.Headers.AccessControlAllowOrigin = "*";
        // Short: the id depends on the host asked; the tiles themselves are cached for a year.
        Response.Headers.CacheControl = "public, max-age=3600";
        Response.Headers.Vary = "Host";
        return Content(info.ToJsonString(), "application/ld+json;profile=\"http://iiif.io/api/image/3/context.json\"");
    }
}
