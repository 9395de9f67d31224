using System.Text.Json;

namespace Transcribe.Core.Iiif;

/// <summary>
/// The walk behind <see cref="ManifestValidator"/>: one method per kind of resource, each noting
/// its own problems with the path it was reached by and going on, so one run lists them all.
/// </summary>
internal sealed class ManifestWalk
{
    private readonly List<ManifestProblem> problems = [];
    private readonly HashSet<string> canvasIds = new(StringComparer.Ordinal);

    public IReadOnlyList<ManifestProblem> Problems => problems;

    public void Manifest(JsonElement manifest)
    {
        if (!IsObject(manifest, "$", "the manifest")) return;
        Context(manifest);
        Id(manifest, "$");
        Type(manifest, "$", "Manifest");
        Required(manifest, "$", "label", LanguageMap);
        Optional(manifest, "$", "summary", LanguageMap);
        Optional(manifest, "$", "metadata", (value, path) => Each(value, path, "metadata", LabelValuePair));
        Optional(manifest, "$", "requiredStatement", LabelValuePair);
        Optional(manifest, "$", "rights", UriValue);
        Required(manifest, "$", "items", (items, path) =>
        {
            if (items.ValueKind == JsonValueKind.Array && items.GetArrayLength() == 0)
                Note(path, "a Manifest must have at least one Canvas");
            Each(items, path, "items", Canvas);
        });
    }

    /// <summary>The Presentation 3 context alone, or last in a list so it overrides extension contexts.</summary>
    private void Context(JsonElement manifest)
    {
        var ok = manifest.Prop("@context") switch
        {
            null => NoteFalse("$", "@context is missing"),
            { ValueKind: JsonValueKind.String } s => s.GetString() == ManifestWriter.PresentationContext,
            { ValueKind: JsonValueKind.Array } a => a.GetArrayLength() > 0
                && a[a.GetArrayLength() - 1] is { ValueKind: JsonValueKind.String } last
                && last.GetString() == ManifestWriter.PresentationContext,
            _ => false,
        };
        if (!ok && manifest.Prop("@context") is not null)
            Note("$.@context", $"@context must be \"{ManifestWriter.PresentationContext}\", or an array with it as the last item");
    }

    private void Canvas(JsonElement canvas, string path)
    {
        if (!IsObject(canvas, path, "a Canvas")) return;
        var id = Id(canvas, path);
        if (id is not null && id.Contains('#')) Note($"{path}.id", "a Canvas id must not have a fragment");
        if (id is not null && !canvasIds.Add(id)) Note($"{path}.id", $"the Canvas id {id} is used twice", ProblemLevel.Should);
        Type(canvas, path, "Canvas");
        if (canvas.Prop("label") is { } label) LanguageMap(label, $"{path}.label");
        else Note(path, "a Canvas should have a label", ProblemLevel.Should);

        var hasWidth = Dimension(canvas, path, "width");
        var hasHeight = Dimension(canvas, path, "height");
        if (hasWidth != hasHeight) Note(path, "height and width must be given together");
        else if (!hasWidth && canvas.Prop("duration") is null) Note(path, "a Canvas must have height and width (or a duration)");

        if (canvas.Prop("items") is { } items)
            Each(items, $"{path}.items", null, (page, pagePath) => AnnotationPage(page, pagePath, id, painting: true));
        else
            Note(path, "a Canvas should have items with the AnnotationPage that paints its image", ProblemLevel.Should);
        Optional(canvas, path, "annotations", (pages, pagesPath) =>
            Each(pages, pagesPath, null, (page, pagePath) => AnnotationPage(page, pagePath, id, painting: false)));
    }

    private void AnnotationPage(JsonElement page, string path, string? canvasId, bool painting)
    {
        if (!IsObject(page, path, "an AnnotationPage")) return;
        Id(page, path);
        Type(page, path, "AnnotationPage");
        // Pages under "annotations" may be references to be fetched; those under "items" carry the content.
        if (page.Prop("items") is { } items)
            Each(items, $"{path}.items", null, (annotation, annotationPath) => Annotation(annotation, annotationPath, canvasId, painting));
        else if (painting)
            Note(path, "an AnnotationPage should have items", ProblemLevel.Should);
    }

    private void Annotation(JsonElement annotation, string path, string? canvasId, bool painting)
    {
        if (!IsObject(annotation, path, "an Annotation")) return;
        Id(annotation, path);
        Type(annotation, path, "Annotation");
        Required(annotation, path, "motivation", (motivation, motivationPath) =>
        {
            var values = motivation.ValueKind == JsonValueKind.Array ? [.. motivation.EnumerateArray()] : new[] { motivation };
            if (values.Length == 0 || values.Any(v => v.ValueKind != JsonValueKind.String))
                Note(motivationPath, "motivation must be a string or an array of strings");
            else if (painting && !values.Any(v => v.GetString() == "painting"))
                Note(motivationPath, "annotations in a Canvas's items should have the motivation painting", ProblemLevel.Should);
        });
        Required(annotation, path, "body", (body, bodyPath) =>
        {
            if (body.ValueKind == JsonValueKind.Array) Each(body, bodyPath, null, Body);
            else Body(body, bodyPath);
        });
        Required(annotation, path, "target", (target, targetPath) => Target(target, targetPath, canvasId, painting));
    }

    private void Body(JsonElement body, string path)
    {
        if (!IsObject(body, path, "a body")) return;
        if (body.HasType("TextualBody"))
        {
            if (body.Prop("value") is not { ValueKind: JsonValueKind.String }) Note(path, "a TextualBody must have a string value");
            return;
        }
        if (body.HasType("Choice"))
        {
            Required(body, path, "items", (items, itemsPath) => Each(items, itemsPath, null, Body));
            return;
        }
        if (body.HasType("SpecificResource"))
        {
            Required(body, path, "source", (source, sourcePath) =>
            {
                if (source.ValueKind == JsonValueKind.String) UriValue(source, sourcePath);
                else Body(source, sourcePath);
            });
            return;
        }
        Id(body, path);
        Type(body, path, null);
        if (body.Prop("format") is null) Note(path, "a content resource should have a format (a media type)", ProblemLevel.Should);
        else if (body.Prop("format") is not { ValueKind: JsonValueKind.String }) Note($"{path}.format", "format must be a string");
        var hasWidth = Dimension(body, path, "width");
        var hasHeight = Dimension(body, path, "height");
        if (hasWidth != hasHeight) Note(path, "height and width must be given together");
        Optional(body, path, "service", Services);
    }

    private void Services(JsonElement services, string path)
    {
        if (services.ValueKind != JsonValueKind.Array) { Note(path, "service must be an array"); return; }
        Each(services, path, null, (service, servicePath) =>
        {
            if (!IsObject(service, servicePath, "a service")) return;
            // Services of earlier versions keep their own @id/@type spelling inside a version 3 manifest.
            var legacy = service.Prop("id") is null && service.Prop("@id") is not null;
            Id(service, servicePath, legacy ? "@id" : "id");
            var typeName = legacy ? "@type" : "type";
            if (service.Prop(typeName) is not { ValueKind: JsonValueKind.String }) Note(servicePath, $"a service must have {typeName}");
            if (service.HasType("ImageService2", "ImageService3") && service.Prop("profile") is null)
                Note(servicePath, "an image service should have a profile (its compliance level)", ProblemLevel.Should);
        });
    }

    private void Target(JsonElement target, string path, string? canvasId, bool painting)
    {
        if (target.ValueKind == JsonValueKind.Array) { Each(target, path, null, (t, p) => Target(t, p, canvasId, painting)); return; }
        var source = target.ValueKind switch
        {
            JsonValueKind.String => target.GetString(),
            JsonValueKind.Object => target.HasType("SpecificResource") ? SourceOf(target) : target.Id(),
            _ => null,
        };
        if (!IiifUri.IsHttp(source)) { Note(path, "target must be the URI of a resource (absolute http(s)), or a SpecificResource with one as source"); return; }
        var withoutFragment = source!.Split('#')[0];
        if (painting && canvasId is not null && withoutFragment != canvasId)
            Note(path, $"a painting annotation must target its own Canvas ({canvasId}), not {withoutFragment}");
    }

    private static string? SourceOf(JsonElement specific) =>
        specific.Prop("source") is { } source
            ? source.ValueKind == JsonValueKind.String ? source.GetString() : source.Id()
            : null;

    private void LabelValuePair(JsonElement pair, string path)
    {
        if (!IsObject(pair, path, "a label and value pair")) return;
        Required(pair, path, "label", LanguageMap);
        Required(pair, path, "value", LanguageMap);
    }

    /// <summary>A JSON object whose every value is an array of strings, keyed by language ("none" for none).</summary>
    private void LanguageMap(JsonElement map, string path)
    {
        if (map.ValueKind != JsonValueKind.Object) { Note(path, "must be a language map, such as {\"en\": [\"...\"]}"); return; }
        var any = false;
        foreach (var language in map.EnumerateObject())
        {
            any = true;
            if (language.Name.Length == 0) Note(path, "a language map's key must be a language tag or \"none\"");
            if (language.Value.ValueKind != JsonValueKind.Array || language.Value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
                Note($"{path}.{language.Name}", "a language map's values must be arrays of strings");
        }
        if (!any) Note(path, "a language map must have at least one language");
    }

    private void UriValue(JsonElement value, string path)
    {
        if (!IiifUri.IsHttp(value.ValueKind == JsonValueKind.String ? value.GetString() : null))
            Note(path, "must be an absolute http(s) URI");
    }

    private string? Id(JsonElement resource, string path, string name = "id")
    {
        switch (resource.Prop(name))
        {
            case null:
                Note(path, $"{name} is missing");
                return null;
            case { ValueKind: JsonValueKind.String } id when IiifUri.IsHttp(id.GetString()):
                return id.GetString();
            default:
                Note($"{path}.{name}", $"{name} must be an absolute http(s) URI");
                return null;
        }
    }

    private void Type(JsonElement resource, string path, string? expected)
    {
        var type = resource.Prop("type");
        if (type is null) Note(path, expected is null ? "type is missing" : $"type is missing (expected {expected})");
        else if (type is not { ValueKind: JsonValueKind.String }) Note($"{path}.type", "type must be a string");
        else if (expected is not null && type.Value.GetString() != expected)
            Note($"{path}.type", $"type must be {expected}, not {type.Value.GetString()}");
    }

    /// <summary>Whether the dimension is present; a present one must be a positive integer.</summary>
    private bool Dimension(JsonElement resource, string path, string name)
    {
        if (resource.Prop(name) is not { } value) return false;
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var n) || n < 1)
            Note($"{path}.{name}", $"{name} must be a positive integer");
        return true;
    }

    private void Required(JsonElement resource, string path, string name, Action<JsonElement, string> check)
    {
        if (resource.Prop(name) is { } value) check(value, $"{path}.{name}");
        else Note(path, $"{name} is missing");
    }

    private static void Optional(JsonElement resource, string path, string name, Action<JsonElement, string> check)
    {
        if (resource.Prop(name) is { } value) check(value, $"{path}.{name}");
    }

    private void Each(JsonElement array, string path, string? name, Action<JsonElement, string> check)
    {
        if (array.ValueKind != JsonValueKind.Array) { Note(path, $"{name ?? "this property"} must be an array"); return; }
        var i = 0;
        foreach (var item in array.EnumerateArray()) check(item, $"{path}[{i++}]");
    }

    private bool IsObject(JsonElement element, string path, string what)
    {
        if (element.ValueKind == JsonValueKind.Object) return true;
        Note(path, $"{what} must be a JSON object");
        return false;
    }

    private void Note(string path, string message, ProblemLevel level = ProblemLevel.Must) => problems.Add(new(path, message, level));

    private bool NoteFalse(string path, string message)
    {
        Note(path, message);
        return false;
    }
}
