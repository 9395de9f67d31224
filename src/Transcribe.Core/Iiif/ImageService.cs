using System.Globalization;

namespace Transcribe.Core.Iiif;

/// <summary>A size an image service says it can deliver whole (its info.json "sizes").</summary>
public readonly record struct ImageSize(int Width, int Height);

/// <summary>
/// A IIIF Image API service (version 2 or 3) as a manifest describes it. Limits and sizes are only
/// known when the manifest embeds them; most manifests give just the id and profile.
/// </summary>
/// <param name="Id">Base URI, without a trailing slash or "/info.json".</param>
/// <param name="Version">Image API major version, 2 or 3: it decides the URL grammar ("full" or "max").</param>
/// <param name="Level">Compliance level 0, 1 or 2; 0 when the profile does not say, as the safe assumption.</param>
/// <param name="Profile">The profile as written ("level0", "http://iiif.io/api/image/2/level2.json").</param>
public sealed record ImageService(string Id, int Version, int Level, string? Profile)
{
    public int? Width { get; init; }
    public int? Height { get; init; }
    public int? MaxWidth { get; init; }
    public int? MaxHeight { get; init; }
    public long? MaxArea { get; init; }
    public IReadOnlyList<ImageSize> Sizes { get; init; } = [];

    /// <summary>The whole image at the largest size the service allows: "max" in 3, "full" in 2 (2.0 servers lack "max").</summary>
    public string MaxSizeUrl => SizeUrl(Version >= 3 ? "max" : "full");

    /// <summary>
    /// The whole image, no larger than the service's maxWidth/maxHeight/maxArea nor
    /// <paramref name="maxEdge"/> on its longest side. Level 1 and 2 services are asked for a width
    /// ("w,"); a level 0 service only serves the sizes it lists, so we take the largest that fits, or
    /// its full image when it lists none (the caller then scales the download itself).
    /// </summary>
    /// <param name="width">The image's pixel width when the service does not state it (the canvas's, usually).</param>
    public string ImageUrl(int width, int height, int? maxEdge = null)
    {
        var (w, h) = (Width ?? width, Height ?? height);
        if (w <= 0 || h <= 0) return MaxSizeUrl;

        var serviceScale = ServiceScale(w, h);
        var callerScale = maxEdge is > 0 ? (double)maxEdge.Value / Math.Max(w, h) : 1.0;
        var scale = Math.Min(serviceScale, callerScale);
        if (scale >= 1) return MaxSizeUrl;
        // Version 3's "max" already respects the service's own limits; only a tighter wish of the caller needs a size.
        if (Version >= 3 && callerScale >= serviceScale) return MaxSizeUrl;

        var targetWidth = FittingWidth(w, h, scale, maxEdge);
        if (Level >= 1) return SizeUrl(targetWidth.ToString(CultureInfo.InvariantCulture) + ",");

        var listed = Sizes.Where(s => s.Width <= targetWidth).OrderByDescending(s => s.Width).FirstOrDefault();
        if (listed == default) listed = Sizes.OrderBy(s => s.Width).FirstOrDefault();
        if (listed == default) return MaxSizeUrl;
        // Canonical size forms differ: 3 names listed sizes "w,h", 2.1 "w,".
        return SizeUrl(Version >= 3
            ? string.Create(CultureInfo.InvariantCulture, $"{listed.Width},{listed.Height}")
            : string.Create(CultureInfo.InvariantCulture, $"{listed.Width},"));
    }

    private double ServiceScale(int w, int h)
    {
        var scale = 1.0;
        if (MaxWidth is { } maxWidth) scale = Math.Min(scale, (double)maxWidth / w);
        // The Image API: with maxWidth alone, maxHeight is taken to be the same.
        if ((MaxHeight ?? MaxWidth) is { } maxHeight) scale = Math.Min(scale, (double)maxHeight / h);
        if (MaxArea is { } maxArea) scale = Math.Min(scale, Math.Sqrt(maxArea / ((double)w * h)));
        return scale;
    }

    /// <summary>
    /// The largest width within <paramref name="scale"/> whose height, as the server will round it,
    /// still keeps within every limit: flooring the width alone can leave the area one row over.
    /// </summary>
    private int FittingWidth(int w, int h, double scale, int? maxEdge)
    {
        // The epsilon keeps 1000/1800 * 1800 from flooring to 999; the loop below corrects any overshoot.
        var target = Math.Max(1, (int)Math.Floor(w * scale + 1e-9));
        while (target > 1)
        {
            var targetHeight = (long)Math.Ceiling((double)h * target / w);
            var fits = (MaxWidth is not { } mw || target <= mw)
                && ((MaxHeight ?? MaxWidth) is not { } mh || targetHeight <= mh)
                && (MaxArea is not { } ma || target * targetHeight <= ma)
                && (maxEdge is not > 0 || Math.Max(target, targetHeight) <= maxEdge);
            if (fits) break;
            target--;
        }
        return target;
    }

    private string SizeUrl(string size) => $"{Id}/full/{size}/0/default.jpg";
}
