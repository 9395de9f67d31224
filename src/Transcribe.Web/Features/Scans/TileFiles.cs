using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using Transcribe.Web.Infrastructure.Storage;

namespace Transcribe.Web.Features.Scans;

/// <summary>
/// Serves tiles (/iiif/{imageId}/...) and thumbnails straight from the storage folder through the static
/// file middleware: ETags, ranges and conditional requests for free, cached for a year because an
/// image's id is the hash of its content, and open to IIIF clients on other sites.
/// </summary>
public static class TileFiles
{
    const string Year = "public, max-age=31536000, immutable";

    public static IApplicationBuilder UseTileFiles(this IApplicationBuilder app)
    {
        var storage = app.ApplicationServices.GetRequiredService<StoragePaths>();
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = "/iiif",
            FileProvider = new WithoutInfoJson(new PhysicalFileProvider(storage.Tiles)),
            OnPrepareResponse = context =>
            {
                context.Context.Response.Headers.CacheControl = Year;
                context.Context.Response.Headers.AccessControlAllowOrigin = "*";
            },
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = "/thumbnails",
            FileProvider = new PhysicalFileProvider(storage.Thumbnails),
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = Year,
        });
        return app;
    }

    /// <summary>info.json is rewritten per request by <see cref="IiifController"/>, never served raw.</summary>
    sealed class WithoutInfoJson(IFileProvider inner) : IFileProvider
    {
        public IFileInfo GetFileInfo(string subpath) =>
            subpath.EndsWith("/info.json", StringComparison.Ordinal) ? new NotFoundFileInfo(subpath) : inner.GetFileInfo(subpath);

        public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

        public IChangeToken Watch(string filter) => inner.Watch(filter);
    }
}
