namespace Transcribe.Core.Iiif;

/// <summary>A label and its value, as IIIF metadata entries and the required statement pair them.</summary>
public sealed record LabelValue(string Label, string Value);

/// <summary>
/// What a IIIF manifest (Presentation 2.1 or 3) tells us about a ledger: its title and
/// descriptive metadata, the attribution we must show beside it, and one canvas per page.
/// </summary>
/// <param name="Id">The manifest's own URI, kept as provenance; null when the manifest omits it.</param>
/// <param name="PresentationVersion">2 or 3: which API the manifest was written in.</param>
/// <param name="RequiredStatement">3's requiredStatement, or 2.1's attribution under the label "Attribution".</param>
/// <param name="Rights">3's rights, or 2.1's (first) license: a URI.</param>
public sealed record ManifestImport(
    string? Id,
    int PresentationVersion,
    string Label,
    IReadOnlyList<LabelValue> Metadata,
    IReadOnlyList<CanvasImport> Canvases,
    LabelValue? RequiredStatement,
    string? Rights);

/// <summary>
/// One page of the manifest: the canvas and the image painted on it. The reader guarantees at
/// least one of <paramref name="Service"/> and <paramref name="FullImageUrl"/>.
/// </summary>
/// <param name="Label">The canvas label, or "p. N" by position when the manifest gives none.</param>
/// <param name="Width">Canvas width; the image's when the canvas omits it.</param>
/// <param name="FullImageUrl">The painted image's own id, usually a whole JPEG.</param>
/// <param name="ImageWidth">The image's pixel width when the manifest states it; canvases and images may differ.</param>
public sealed record CanvasImport(
    string Id,
    string Label,
    int Width,
    int Height,
    ImageService? Service,
    string? FullImageUrl,
    int? ImageWidth = null,
    int? ImageHeight = null)
{
    public string? ImageServiceId => Service?.Id;

    public string? ImageServiceProfile => Service?.Profile;

    /// <summary>
    /// The URL to fetch this page's image from: through the image service when there is one (so the
    /// service's size limits and <paramref name="maxEdge"/> are honoured where its level allows a
    /// size), else the painted image's own URL, which cannot be resized.
    /// </summary>
    /// <param name="maxEdge">The longest side, in pixels, the caller wants at most; null for the largest the service gives.</param>
    public string DownloadUrl(int? maxEdge = null)
    {
        if (Service is not null) return Service.ImageUrl(ImageWidth ?? Width, ImageHeight ?? Height, maxEdge);
        return FullImageUrl ?? throw new InvalidOperationException($"Canvas {Id} has neither an image service nor an image URL.");
    }
}
