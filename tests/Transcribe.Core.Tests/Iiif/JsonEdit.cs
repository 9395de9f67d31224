using System.Text.Json.Nodes;

namespace Transcribe.Core.Tests.Iiif;

/// <summary>Derives a test's manifest from a fixture by editing its JSON tree, so each test shows only what it changes.</summary>
internal static class JsonEdit
{
    public static string Edit(string json, Action<JsonObject> change)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        change(root);
        return root.ToJsonString();
    }

    /// <summary>The canvas at <paramref name="index"/> of a Presentation 3 manifest.</summary>
    public static JsonObject Canvas(this JsonObject manifest, int index) => manifest["items"]![index]!.AsObject();

    /// <summary>The first annotation of a Presentation 3 canvas's first annotation page.</summary>
    public static JsonObject Painting(this JsonObject canvas) => canvas["items"]![0]!["items"]![0]!.AsObject();

    public static JsonObject Body(this JsonObject canvas) => canvas.Painting()["body"]!.AsObject();

    public static JsonObject Service(this JsonObject canvas) => canvas.Body()["service"]![0]!.AsObject();

    /// <summary>The canvas at <paramref name="index"/> of a Presentation 2.1 manifest's first sequence.</summary>
    public static JsonObject V2Canvas(this JsonObject manifest, int index) => manifest["sequences"]![0]!["canvases"]![index]!.AsObject();
}
