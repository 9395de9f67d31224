using System.Text.Json;

namespace Transcribe.Core.Iiif;

/// <summary>
/// Reads a IIIF Presentation manifest, version 3 or 2.1 (which most institutions still publish),
/// into a <see cref="ManifestImport"/>. Anything we cannot import throws a
/// <see cref="ManifestException"/> whose message a curator can act on; no parser exception leaks.
/// </summary>
public static class ManifestReader
{
    /// <summary>Large enough for any bound ledger, small enough that a mistaken pick of a whole archive is refused.</summary>
    public const int DefaultMaxCanvases = 5000;

    private static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <param name="json">The manifest document as fetched.</param>
    /// <param name="maxCanvases">More canvases than this is refused rather than half-imported.</param>
    /// <param name="language">Which language to take from multilingual labels and values; unlabelled text comes next.</param>
    public static ManifestImport Read(string json, int maxCanvases = DefaultMaxCanvases, string language = "en")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCanvases, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        using var document = Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new ManifestException($"not a IIIF Presentation manifest: expected a JSON object, found {Describe(root.ValueKind)}");

        return PresentationVersion(root) == 3
            ? PresentationV3Reader.Read(root, maxCanvases, language)
            : PresentationV2Reader.Read(root, maxCanvases, language);
    }

    private static JsonDocument Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) throw new ManifestException("not JSON: the document is empty");
        try
        {
            return JsonDocument.Parse(json, Lenient);
        }
        catch (JsonException e)
        {
            // The usual cause is an address that serves the viewer's web page rather than the manifest.
            if (json.TrimStart().StartsWith('<'))
                throw new ManifestException("not JSON: this is an HTML or XML page; use the address of the manifest itself, not of the page that shows it", e);
            var where = e.LineNumber is { } line ? $" (line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1})" : "";
            throw new ManifestException($"not JSON: the document is malformed{where}", e);
        }
    }

    /// <summary>2 or 3, from @context, else from the type's spelling; refuses what is not a Presentation manifest.</summary>
    private static int PresentationVersion(JsonElement root)
    {
        var contexts = root.Many("@context")
            .Where(c => c.ValueKind == JsonValueKind.String)
            .Select(c => c.GetString()!)
            .ToList();
        bool Mentions(string part) => contexts.Any(c => c.Contains(part, StringComparison.OrdinalIgnoreCase));

        if (Mentions("iiif.io/api/presentation/3")) return 3;
        if (Mentions("iiif.io/api/presentation/2")) return 2;
        if (Mentions("shared-canvas.org") || Mentions("iiif.io/api/presentation/1"))
            throw new ManifestException("a IIIF Presentation 1 manifest, which is not supported: ask the institution for its Presentation 2.1 or 3 manifest");
        if (Mentions("iiif.io/api/image") || root.Str("protocol") == "http://iiif.io/api/image")
            throw new ManifestException("a IIIF Image API info.json (a single image), not a Presentation manifest: use the manifest that lists the ledger's pages");
        if (root.HasType("Manifest", "Collection")) return 3;
        if (root.HasType("sc:Manifest", "sc:Collection")) return 2;
        throw new ManifestException("not a IIIF Presentation manifest (missing @context/type)");
    }

    /// <summary>Refuses a collection or another kind of resource with a message that says what was given instead.</summary>
    internal static void RequireManifest(JsonElement root, IEnumerable<JsonElement> listedManifests)
    {
        // Either version's spelling is accepted: what matters is that it is a manifest at all.
        if (root.HasType("Manifest", "sc:Manifest")) return;
        if (root.HasType("Collection", "sc:Collection"))
        {
            var listed = listedManifests.Select(m => m.Id()).OfType<string>().ToList();
            var hint = listed.Count == 0 ? "" : $" ({listed.Count} listed, for example {listed[0]})";
            throw new ManifestException($"a Collection, not a Manifest: pick one of its manifests{hint}");
        }
        throw root.Types() is [var other, ..]
            ? new ManifestException($"a {other}, not a Manifest: use the address of the whole manifest")
            : new ManifestException("not a IIIF Presentation manifest (missing @context/type)");
    }

    internal static void RequireCanvasCount(int count, int maxCanvases)
    {
        if (count == 0) throw new ManifestException("no canvases: the manifest lists no pages to import");
        if (count > maxCanvases)
            throw new ManifestException($"too many canvases: the manifest has {count}, at most {maxCanvases} can be imported at once");
    }

    /// <summary>The parts of a canvas both versions share once the painted image is found.</summary>
    internal static CanvasImport Canvas(int position, JsonElement canvas, PaintedImage? image, string language)
    {
        if (canvas.ValueKind != JsonValueKind.Object) throw new ManifestException($"canvas {position} is not a JSON object");
        var given = IiifText.Pick(canvas.Prop("label"), language);
        var label = given ?? $"p. {position}";
        var named = given is null ? $"canvas {position}" : $"canvas {position} (\"{given}\")";

        var id = canvas.Id() ?? throw new ManifestException($"{named} has no id");
        if (image is null || (image.Url is null && image.Service is null)) throw new ManifestException($"{named} has no image");
        // A canvas without dimensions is broken, but its image's size is the honest stand-in.
        var width = canvas.PositiveInt("width") ?? image.Width ?? image.Service?.Width;
        var height = canvas.PositiveInt("height") ?? image.Height ?? image.Service?.Height;
        if (width is null || height is null) throw new ManifestException($"{named} has no width and height");

        return new CanvasImport(id, label, width.Value, height.Value, image.Service, image.Url, image.Width, image.Height);
    }

    internal static IReadOnlyList<LabelValue> Metadata(JsonElement root, string language) =>
        [.. root.Many("metadata")
            .Select(entry => (Label: IiifText.Pick(entry.Prop("label"), language), Value: IiifText.Pick(entry.Prop("value"), language)))
            .Where(entry => entry is { Label: not null, Value: not null })
            .Select(entry => new LabelValue(entry.Label!, entry.Value!))];

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}

/// <summary>The image a canvas paints, as found by the version-specific readers.</summary>
internal sealed record PaintedImage(string? Url, ImageService? Service, int? Width, int? Height);
