using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;
using Transcribe.Web.Infrastructure.Storage;

namespace Transcribe.Web.Features.Scans;

/// <summary>
/// Serves IIIF tiles (/iiif/{imageId}/{region}/{size}/0/default.jpg) and thumbnails from the storage
/// folder. A tile never changes (its image id is the hash of the scan), so tiles are kept in a
/// bounded memory cache and answered without touching the disk: `./transcribe bench tiling` measured
/// the static-file path at under half of nginx's rate on the same files, this one above it.
/// </summary>
public static partial class TileFiles
{
    const string Year = "public, max-age=31536000, immutable";
    // Built once: this path runs for every tile of every page view.
    static readonly Microsoft.Extensions.Primitives.StringValues YearValue = Year, AnyOrigin = "*", NoSniff = "nosniff", Jpeg = "image/jpeg";

    [GeneratedRegex("^/iiif/([0-9a-f]{64})/([0-9,]+|full|square)/([0-9,!]+|max)/0/default\\.jpg$")]
    private static partial Regex TilePath();

    sealed record Tile(byte[] Bytes, Microsoft.Extensions.Primitives.StringValues ETag);

    public static IApplicationBuilder UseTileFiles(this IApplicationBuilder app)
    {
        var storage = app.ApplicationServices.GetRequiredService<StoragePaths>();
        var configuration = app.ApplicationServices.GetRequiredService<IConfiguration>();
        var cache = new MemoryCache(new MemoryCacheOptions
        {
            SizeLimit = configuration.GetValue("Transcribe:TileCacheMegabytes", 256L) << 20,
        });
        app.Use(async (context, next) =>
        {
            string? path = context.Request.Path.Value;
            if (path is null || !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                || !path.StartsWith("/iiif/", StringComparison.Ordinal) || !TilePath().IsMatch(path))
            {
                await next(context);
                return;
            }
            var tile = await cache.GetOrCreateAsync(path, async entry =>
            {
                string file = Path.Combine(storage.Tiles, path["/iiif/".Length..]);
                if (!File.Exists(file))
                {
                    entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(5); // it may be tiled soon
                    entry.Size = 1;
                    return null;
                }
                byte[] bytes = await File.ReadAllBytesAsync(file);
                entry.Size = bytes.Length;
                return new Tile(bytes, "\"" + Convert.ToHexString(SHA256.HashData(bytes), 0, 8).ToLowerInvariant() + "\"");
            });
            if (tile is null)
            {
                await next(context); // not a tile we have: the rest of the app answers (404, or the full-image route)
                return;
            }
            var headers = context.Response.Headers;
            headers.CacheControl = YearValue;
            headers.AccessControlAllowOrigin = AnyOrigin;
            headers.XContentTypeOptions = NoSniff;
            headers.ETag = tile.ETag;
            var ifNoneMatch = context.Request.Headers.IfNoneMatch;
            if (ifNoneMatch.Count > 0 && ifNoneMatch.ToString() == tile.ETag.ToString())
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            headers.ContentType = Jpeg;
            context.Response.ContentLength = tile.Bytes.Length;
            if (HttpMethods.IsGet(context.Request.Method)) await context.Response.BodyWriter.WriteAsync(tile.Bytes);
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = "/thumbnails",
            FileProvider = new PhysicalFileProvider(storage.Thumbnails),
            OnPrepareResponse = context => context.Context.Response.Headers[HeaderNames.CacheControl] = Year,
        });
        return app;
    }
}
