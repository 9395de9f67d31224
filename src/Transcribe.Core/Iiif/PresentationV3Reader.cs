using System.Text.Json;

namespace Transcribe.Core.Iiif;

/// <summary>
/// Presentation 3: manifest items are Canvases; a canvas's items are AnnotationPages whose
/// Annotations with motivation "painting" carry the image as body (an Image, a Choice of images,
/// or a SpecificResource around one), with its image services in <c>service</c>.
/// </summary>
internal static class PresentationV3Reader
{
    public static ManifestImport Read(JsonElement root, int maxCanvases, string language)
    {
        ManifestReader.RequireManifest(root, root.Many("items").Where(i => i.HasType("Manifest")));
        var items = root.Many("items");
        ManifestReader.RequireCanvasCount(items.Count, maxCanvases);

        var canvases = items.Select((canvas, i) => ManifestReader.Canvas(i + 1, canvas, PaintedImage(canvas), language)).ToList();
        return new ManifestImport(
            root.Id(),
            3,
            IiifText.Pick(root.Prop("label"), language) ?? "Untitled manifest",
            ManifestReader.Metadata(root, language),
            canvases,
            RequiredStatement(root, language),
            JsonAccess.NonBlank(root.Str("rights")));
    }

    private static LabelValue? RequiredStatement(JsonElement root, string language)
    {
        var statement = root.Prop("requiredStatement");
        if (statement is not { } s || IiifText.Pick(s.Prop("value"), language) is not { } value) return null;
        return new LabelValue(IiifText.Pick(s.Prop("label"), language) ?? "Attribution", value);
    }

    private static PaintedImage? PaintedImage(JsonElement canvas)
    {
        var annotations = canvas.Many("items").SelectMany(page => page.Many("items"));
        foreach (var annotation in annotations)
        {
            // Motivation is required, but a missing one on a canvas's own page can only mean painting.
            var motivations = annotation.Many("motivation").Select(m => m.ValueKind == JsonValueKind.String ? m.GetString() : null).ToList();
            if (motivations.Count > 0 && !motivations.Contains("painting")) continue;
            foreach (var body in annotation.Many("body"))
                if (Image(body, depth: 0) is { } image) return image;
        }
        return null;
    }

    private static PaintedImage? Image(JsonElement body, int depth)
    {
        if (body.ValueKind != JsonValueKind.Object || depth > 2) return null;
        if (body.HasType("Choice"))
        {
            // A Choice's first item is the one viewers show by default.
            foreach (var item in body.Many("items"))
                if (Image(item, depth + 1) is { } chosen) return chosen;
            return null;
        }
        if (body.HasType("SpecificResource")) return body.Prop("source") is { } source ? Image(source, depth + 1) : null;

        var service = ImageServiceReader.Pick(body.Many("service"));
        var isImage = body.HasType("Image", "dctypes:Image")
            || (body.Str("format")?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) ?? false)
            || (body.Types().Count == 0 && service is not null);
        if (!isImage) return null;
        return new PaintedImage(body.Id(), service, body.PositiveInt("width"), body.PositiveInt("height"));
    }
}
