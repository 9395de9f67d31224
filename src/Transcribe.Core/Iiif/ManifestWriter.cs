using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Transcribe.Core.Iiif;

/// <summary>
/// Writes one of our documents as a IIIF Presentation 3 manifest, so Mirador, the Universal Viewer
/// and a museum's own portal can open the ledger, with its transcriptions as annotations. Inputs
/// are checked up front, because a bad URI in a served manifest fails silently in the viewer.
/// </summary>
public static class ManifestWriter
{
    public const string PresentationContext = "http://iiif.io/api/presentation/3/context.json";

    /// <param name="manifestId">The URI the manifest is served at (absolute http or https).</param>
    /// <param name="language">Language of the labels and metadata we write (a BCP 47 tag).</param>
    /// <param name="rights">A rights URI (Creative Commons or RightsStatements.org), if the institution gives one.</param>
    /// <exception cref="ArgumentException">An id is not an absolute http(s) URI, a label is blank, a size is not positive, or there are no pages.</exception>
    public static string Build(
        string manifestId,
        string label,
        IReadOnlyList<LabelValue> metadata,
        LabelValue? requiredStatement,
        IReadOnlyList<PageExport> pages,
        string language = "en",
        string? rights = null)
    {
        RequireUri(manifestId, nameof(manifestId));
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(pages);
        if (pages.Count == 0) throw new ArgumentException("A manifest needs at least one page.", nameof(pages));
        if (rights is not null) RequireUri(rights, nameof(rights));
        // Viewers key canvases by id: a repeated one would show one page twice and lose the other.
        if (pages.GroupBy(p => p.CanvasId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
            throw new ArgumentException($"Canvas id {repeated.Key} is used by more than one page.", nameof(pages));

        var manifest = new JsonObject
        {
            ["@context"] = PresentationContext,
            ["id"] = manifestId,
            ["type"] = "Manifest",
            ["label"] = LanguageMap(language, label),
        };
        if (metadata.Count > 0)
            manifest["metadata"] = new JsonArray([.. metadata.Select(m => Pair(language, m))]);
        if (requiredStatement is not null) manifest["requiredStatement"] = Pair(language, requiredStatement);
        if (rights is not null) manifest["rights"] = rights;
        manifest["items"] = new JsonArray([.. pages.Select(page => Canvas(page, language))]);
        return manifest.ToJsonString();
    }

    private static JsonObject Canvas(PageExport page, string language)
    {
        RequireUri(page.CanvasId, "pages", allowFragment: false);
        RequireUri(page.ImageServiceId, "pages");
        ArgumentException.ThrowIfNullOrWhiteSpace(page.Label, "pages");
        if (page.Width < 1 || page.Height < 1)
            throw new ArgumentException($"Page {page.CanvasId} needs a positive width and height.", "pages");

        var service = page.ImageServiceId.TrimEnd('/');
        var imageUrl = page.ImageUrl ?? $"{service}/full/max/0/default.jpg";
        RequireUri(imageUrl, "pages");

        var canvas = new JsonObject
        {
            ["id"] = page.CanvasId,
            ["type"] = "Canvas",
            ["label"] = LanguageMap(language, page.Label),
            ["height"] = page.Height,
            ["width"] = page.Width,
            ["items"] = new JsonArray(new JsonObject
            {
                ["id"] = $"{page.CanvasId}/page/painting",
                ["type"] = "AnnotationPage",
                ["items"] = new JsonArray(new JsonObject
                {
                    ["id"] = $"{page.CanvasId}/annotation/painting",
                    ["type"] = "Annotation",
                    ["motivation"] = "painting",
                    ["body"] = new JsonObject
                    {
                        ["id"] = imageUrl,
                        ["type"] = "Image",
                        ["format"] = "image/jpeg",
                        ["height"] = page.Height,
                        ["width"] = page.Width,
                        ["service"] = new JsonArray(new JsonObject
                        {
                            ["id"] = service,
                            ["type"] = "ImageService3",
                            ["profile"] = "level0",
                        }),
                    },
                    ["target"] = page.CanvasId,
                }),
            }),
        };
        if (page.Annotations.Count > 0)
        {
            canvas["annotations"] = new JsonArray(new JsonObject
            {
                ["id"] = $"{page.CanvasId}/page/text",
                ["type"] = "AnnotationPage",
                ["items"] = new JsonArray([.. page.Annotations.Select((a, i) => TextAnnotation(page, a, i + 1))]),
            });
        }
        return canvas;
    }

    private static JsonObject TextAnnotation(PageExport page, TextAnnotation annotation, int position)
    {
        ArgumentNullException.ThrowIfNull(annotation.Text, "pages");
        var id = annotation.Id ?? $"{page.CanvasId}/annotation/text/{position}";
        RequireUri(id, "pages");

        var body = new JsonObject { ["type"] = "TextualBody", ["value"] = annotation.Text, ["format"] = "text/plain" };
        if (annotation.Language is { } bodyLanguage) body["language"] = bodyLanguage;

        var target = page.CanvasId;
        if (annotation.Region is { } r)
        {
            if (r.X < 0 || r.Y < 0 || r.Width < 1 || r.Height < 1)
                throw new ArgumentException($"Annotation {id} has a region with a negative origin or an empty size.", "pages");
            target += string.Create(CultureInfo.InvariantCulture, $"#xywh={r.X},{r.Y},{r.Width},{r.Height}");
        }
        return new JsonObject
        {
            ["id"] = id,
            ["type"] = "Annotation",
            ["motivation"] = "supplementing",
            ["body"] = body,
            ["target"] = target,
        };
    }

    private static JsonObject LanguageMap(string language, string text) => new() { [language] = new JsonArray(text) };

    private static JsonObject Pair(string language, LabelValue pair) => new()
    {
        ["label"] = LanguageMap(language, pair.Label),
        ["value"] = LanguageMap(language, pair.Value),
    };

    private static void RequireUri(string? value, string parameter, bool allowFragment = true)
    {
        if (!IiifUri.IsHttp(value))
            throw new ArgumentException($"\"{value}\" is not an absolute http(s) URI.", parameter);
        if (!allowFragment && value!.Contains('#'))
            throw new ArgumentException($"\"{value}\" has a fragment, which a canvas id may not have.", parameter);
    }
}
