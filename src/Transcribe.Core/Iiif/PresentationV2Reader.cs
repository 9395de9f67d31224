using System.Text.Json;

namespace Transcribe.Core.Iiif;

/// <summary>
/// Presentation 2.1: the pages are <c>sequences[0].canvases</c> (later sequences are only
/// alternative orders); each canvas's <c>images</c> are painting annotations whose
/// <c>resource</c> is the image (or an oa:Choice of images) with its image service.
/// </summary>
internal static class PresentationV2Reader
{
    public static ManifestImport Read(JsonElement root, int maxCanvases, string language)
    {
        var listed = root.Many("manifests").Concat(root.Many("members").Where(m => m.HasType("sc:Manifest")));
        ManifestReader.RequireManifest(root, listed);
        var canvases = root.Many("sequences").FirstOrDefault() is { ValueKind: JsonValueKind.Object } sequence
            ? sequence.Many("canvases")
            : [];
        ManifestReader.RequireCanvasCount(canvases.Count, maxCanvases);

        var attribution = IiifText.Pick(root.Prop("attribution"), language);
        return new ManifestImport(
            root.Id(),
            2,
            IiifText.Pick(root.Prop("label"), language) ?? "Untitled manifest",
            ManifestReader.Metadata(root, language),
            [.. canvases.Select((canvas, i) => ManifestReader.Canvas(i + 1, canvas, PaintedImage(canvas), language))],
            attribution is null ? null : new LabelValue("Attribution", attribution),
            License(root));
    }

    /// <summary>2.1's license may be one URI or several; the first stands for the rights.</summary>
    private static string? License(JsonElement root) =>
        root.Many("license")
            .Select(l => l.ValueKind == JsonValueKind.String ? JsonAccess.NonBlank(l.GetString()) : l.Id())
            .FirstOrDefault(l => l is not null);

    private static PaintedImage? PaintedImage(JsonElement canvas)
    {
        foreach (var annotation in canvas.Many("images"))
        {
            var motivation = annotation.Str("motivation");
            if (motivation is not null && !motivation.EndsWith("painting", StringComparison.OrdinalIgnoreCase)) continue;
            if (annotation.Prop("resource") is not { } resource) continue;
            if (resource.HasType("oa:Choice"))
                resource = resource.Prop("default") ?? resource.Many("item").FirstOrDefault();
            if (resource.ValueKind != JsonValueKind.Object) continue;

            var service = ImageServiceReader.Pick(resource.Many("service"));
            var url = resource.Id();
            if (url is null && service is null) continue;
            return new PaintedImage(url, service, resource.PositiveInt("width"), resource.PositiveInt("height"));
        }
        return null;
    }
}
