using System.Text.Json;

namespace Transcribe.Core.Iiif;

/// <summary>
/// Checks a manifest against the Presentation 3 rules viewers depend on: the required properties
/// of the manifest, its canvases, their annotation pages, annotations, bodies and services; ids
/// as absolute http(s) URIs; language maps as arrays of strings. It is the check our own output
/// must pass, not a full JSON-LD validation: unknown properties are left alone.
/// </summary>
public static class ManifestValidator
{
    public static IReadOnlyList<ManifestProblem> Validate(string json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [new("$", "not JSON: the document is empty")];
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return [new("$", $"not JSON: {e.Message}")];
        }
        using (document)
        {
            var walk = new ManifestWalk();
            walk.Manifest(document.RootElement);
            return walk.Problems;
        }
    }
}
