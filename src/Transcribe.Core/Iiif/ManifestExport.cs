namespace Transcribe.Core.Iiif;

/// <summary>
/// One page of a ledger as it goes out in our manifest: a canvas the size of the scan, painted
/// with the image our static level 0 tiles serve under <paramref name="ImageServiceId"/>.
/// </summary>
/// <param name="CanvasId">An absolute http(s) URI without a fragment (canvas ids may not have one).</param>
/// <param name="ImageServiceId">The Image API 3 base URI, e.g. https://host/iiif/{imageId}.</param>
public sealed record PageExport(string CanvasId, string Label, int Width, int Height, string ImageServiceId)
{
    /// <summary>Transcribed text to publish on this page as supplementing annotations.</summary>
    public IReadOnlyList<TextAnnotation> Annotations { get; init; } = [];

    /// <summary>The whole image's URL; by default <c>{service}/full/max/0/default.jpg</c>, which our tile tree serves.</summary>
    public string? ImageUrl { get; init; }
}

/// <summary>
/// The reconciled text of one row, published as a W3C Web Annotation (motivation "supplementing",
/// a TextualBody) on its page, on the row's area of the scan when that is known.
/// </summary>
public sealed record TextAnnotation(string Text)
{
    /// <summary>A stable URI for the annotation (say, of the row's record); derived from the canvas id when null.</summary>
    public string? Id { get; init; }

    /// <summary>The row's area in canvas pixels, published as an <c>#xywh=</c> fragment of the target.</summary>
    public PixelRegion? Region { get; init; }

    /// <summary>BCP 47 language of the text, when known; omitted otherwise.</summary>
    public string? Language { get; init; }
}

/// <summary>A rectangle on a canvas, in canvas coordinates.</summary>
public readonly record struct PixelRegion(int X, int Y, int Width, int Height);
