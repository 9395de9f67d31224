using Transcribe.Core.Iiif;

namespace Transcribe.Core.Tests.Iiif;

/// <summary>A small exported ledger, as the app would describe one of its documents to <see cref="ManifestWriter"/>.</summary>
internal static class LedgerExport
{
    public const string ManifestId = "https://transcribe.example.org/iiif/documents/42/manifest";

    public static PageExport Page(int n, params TextAnnotation[] annotations) =>
        new($"https://transcribe.example.org/iiif/documents/42/canvas/{n}", $"p. {n}", 2400 + n, 3300 + n, $"https://transcribe.example.org/iiif/img-{n}")
        {
            Annotations = annotations,
        };

    public static readonly IReadOnlyList<LabelValue> Metadata =
    [
        new("Collection", "USNM Paleobiology"),
        new("Date", "1921-1924"),
    ];

    public static readonly LabelValue Institution = new("Attribution", "Smithsonian Institution, National Museum of Natural History");

    public static string Build(params PageExport[] pages) =>
        ManifestWriter.Build(ManifestId, "Locality register, vol. 3", Metadata, Institution, pages, rights: "https://creativecommons.org/publicdomain/zero/1.0/");

    /// <summary>Three pages, the second with two transcribed rows (one placed on the scan), the third with none.</summary>
    public static string WithText() => Build(
        Page(1),
        Page(2,
            new TextAnnotation("7012 | C. W. Gilmore | Aug. 3, 1923 | Como Bluff, Wyo.") { Region = new PixelRegion(120, 340, 2100, 88), Language = "en" },
            new TextAnnotation("7013 | C. W. Gilmore | Aug. 5, 1923 | Bone Cabin Quarry") { Id = "https://transcribe.example.org/records/localities/7013" }),
        Page(3));
}
