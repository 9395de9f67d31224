using System.Text.Json.Nodes;
using Transcribe.Core.Iiif;
using Transcribe.Core.Tests.Iiif.Fixtures;

namespace Transcribe.Core.Tests.Iiif;

public sealed class ManifestReaderErrorTests
{
    private const string V3 = "\"@context\": \"http://iiif.io/api/presentation/3/context.json\"";
    private const string V2 = "\"@context\": \"http://iiif.io/api/presentation/2/context.json\"";

    private static string ErrorOf(string json, int maxCanvases = ManifestReader.DefaultMaxCanvases) =>
        Assert.Throws<ManifestException>(() => ManifestReader.Read(json, maxCanvases)).Message;

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{ \"label\": ")]
    [InlineData("manifest.json")]
    public void Read_TextThatIsNotJson_SaysNotJson(string text)
    {
        Assert.StartsWith("not JSON", ErrorOf(text));
    }

    [Fact]
    public void Read_MalformedJson_SaysWhereAndKeepsTheParserErrorAsInner()
    {
        var error = Assert.Throws<ManifestException>(() => ManifestReader.Read("{\n  \"id\": \"x\",\n  oops\n}"));
        Assert.Contains("line 3", error.Message);
        Assert.IsType<System.Text.Json.JsonException>(error.InnerException, exactMatch: false);
    }

    [Fact]
    public void Read_AnHtmlPage_SaysToUseTheManifestAddressNotTheViewerPage()
    {
        var message = ErrorOf("<!DOCTYPE html><html><head><title>Ledger viewer</title></head></html>");
        Assert.StartsWith("not JSON", message);
        Assert.Contains("HTML", message);
    }

    [Theory]
    [InlineData("[1, 2]", "an array")]
    [InlineData("\"https://example.org/manifest\"", "a string")]
    [InlineData("42", "a number")]
    [InlineData("null", "null")]
    public void Read_JsonThatIsNotAnObject_SaysWhatItFound(string json, string found)
    {
        var message = ErrorOf(json);
        Assert.StartsWith("not a IIIF Presentation manifest", message);
        Assert.EndsWith(found, message);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{ \"id\": \"https://example.org/m\", \"items\": [] }")]
    [InlineData("{ \"@context\": \"https://schema.org\", \"@type\": \"Book\" }")]
    [InlineData("{ \"@context\": 5, \"type\": 7 }")]
    public void Read_JsonWithoutIiifContextOrType_SaysMissingContextOrType(string json)
    {
        Assert.Equal("not a IIIF Presentation manifest (missing @context/type)", ErrorOf(json));
    }

    [Fact]
    public void Read_V3Collection_SaysToPickOneOfItsManifests()
    {
        var message = ErrorOf($$"""
            { {{V3}}, "id": "https://example.org/collection/ledgers", "type": "Collection", "label": { "en": [ "Ledgers" ] },
              "items": [
                { "id": "https://example.org/ledger/1/manifest", "type": "Manifest" },
                { "id": "https://example.org/ledger/2/manifest", "type": "Manifest" } ] }
            """);
        Assert.StartsWith("a Collection, not a Manifest: pick one of its manifests", message);
        Assert.Contains("2 listed", message);
        Assert.Contains("https://example.org/ledger/1/manifest", message);
    }

    [Fact]
    public void Read_V2Collection_SaysToPickOneOfItsManifests()
    {
        var message = ErrorOf($$"""
            { {{V2}}, "@id": "https://example.org/collection/top", "@type": "sc:Collection", "label": "Top",
              "manifests": [ { "@id": "https://example.org/iiif/ledger-3/manifest", "@type": "sc:Manifest", "label": "Ledger 3" } ] }
            """);
        Assert.StartsWith("a Collection, not a Manifest: pick one of its manifests", message);
        Assert.Contains("https://example.org/iiif/ledger-3/manifest", message);
    }

    [Fact]
    public void Read_ACanvasOnItsOwn_SaysItIsNotAManifest()
    {
        var canvas = JsonEdit.Edit(PresentationV3Manifests.Canvas(1), c => c["@context"] = "http://iiif.io/api/presentation/3/context.json");
        Assert.Equal("a Canvas, not a Manifest: use the address of the whole manifest", ErrorOf(canvas));
    }

    [Fact]
    public void Read_AnImageInfoJson_SaysItIsASingleImage()
    {
        var message = ErrorOf("""
            { "@context": "http://iiif.io/api/image/3/context.json", "id": "https://example.org/iiif/img1",
              "type": "ImageService3", "protocol": "http://iiif.io/api/image", "profile": "level0", "width": 800, "height": 1000 }
            """);
        Assert.Contains("Image API info.json", message);
        Assert.Contains("not a Presentation manifest", message);
    }

    [Fact]
    public void Read_APresentation1Manifest_SaysTheVersionIsNotSupported()
    {
        Assert.Contains("Presentation 1", ErrorOf("""{ "@context": "http://www.shared-canvas.org/ns/context.json", "@type": "sc:Manifest" }"""));
    }

    [Theory]
    [InlineData($$"""{ {{V3}}, "id": "https://example.org/m", "type": "Manifest", "label": { "en": [ "Empty" ] }, "items": [] }""")]
    [InlineData($$"""{ {{V3}}, "id": "https://example.org/m", "type": "Manifest", "label": { "en": [ "Empty" ] } }""")]
    [InlineData($$"""{ {{V2}}, "@id": "https://example.org/m", "@type": "sc:Manifest", "label": "Empty" }""")]
    [InlineData($$"""{ {{V2}}, "@id": "https://example.org/m", "@type": "sc:Manifest", "label": "Empty", "sequences": [] }""")]
    [InlineData($$"""{ {{V2}}, "@id": "https://example.org/m", "@type": "sc:Manifest", "label": "Empty", "sequences": [ { "@type": "sc:Sequence", "canvases": [] } ] }""")]
    public void Read_ManifestWithoutCanvases_SaysNoCanvases(string json)
    {
        Assert.StartsWith("no canvases", ErrorOf(json));
    }

    [Fact]
    public void Read_V3CanvasWithoutPaintingAnnotation_NamesTheCanvasWithoutAnImage()
    {
        var json = JsonEdit.Edit(PresentationV3Manifests.WithCanvases(4), m => m.Canvas(2).Painting()["motivation"] = "commenting");
        Assert.Equal("canvas 3 has no image", ErrorOf(json));
    }

    [Fact]
    public void Read_V3CanvasWithEmptyItems_NamesItByItsLabel()
    {
        var json = JsonEdit.Edit(PresentationV3Manifests.WithCanvases(1), m =>
        {
            m.Canvas(0)["label"] = new JsonObject { ["en"] = new JsonArray("f. 12v") };
            m.Canvas(0)["items"] = new JsonArray();
        });
        Assert.Equal("canvas 1 (\"f. 12v\") has no image", ErrorOf(json));
    }

    [Fact]
    public void Read_V3CanvasPaintedWithSoundOnly_HasNoImage()
    {
        var json = JsonEdit.Edit(PresentationV3Manifests.WithCanvases(2), m =>
        {
            var body = m.Canvas(1).Body();
            body["type"] = "Sound";
            body["format"] = "audio/mp4";
            body.Remove("service");
        });
        Assert.Equal("canvas 2 has no image", ErrorOf(json));
    }

    [Fact]
    public void Read_V2CanvasWithoutImages_NamesTheCanvasWithoutAnImage()
    {
        var json = JsonEdit.Edit(PresentationV2Manifests.LocalityRegister, m => m.V2Canvas(1)["images"] = new JsonArray());
        Assert.Equal("canvas 2 (\"f. 1v\") has no image", ErrorOf(json));
    }

    [Fact]
    public void Read_V2ImageWithNeitherIdNorService_HasNoImage()
    {
        var json = JsonEdit.Edit(PresentationV2Manifests.LocalityRegister, m =>
        {
            var resource = m.V2Canvas(2)["images"]![0]!["resource"]!.AsObject();
            resource.Remove("@id");
            resource.Remove("service");
        });
        Assert.Equal("canvas 3 has no image", ErrorOf(json));
    }

    [Fact]
    public void Read_CanvasWithoutId_SaysSo()
    {
        var json = JsonEdit.Edit(PresentationV3Manifests.WithCanvases(1), m => m.Canvas(0).Remove("id"));
        Assert.Equal("canvas 1 has no id", ErrorOf(json));
    }

    [Fact]
    public void Read_CanvasWithoutAnySize_SaysSo()
    {
        var json = JsonEdit.Edit(PresentationV3Manifests.WithCanvases(1), m =>
        {
            m.Canvas(0).Remove("width");
            m.Canvas(0).Remove("height");
        });
        Assert.Equal("canvas 1 has no width and height", ErrorOf(json));
    }

    [Fact]
    public void Read_CanvasThatIsAString_SaysItIsNotAnObject()
    {
        var json = $$"""{ {{V3}}, "id": "https://example.org/m", "type": "Manifest", "items": [ "https://example.org/canvas/1" ] }""";
        Assert.Equal("canvas 1 is not a JSON object", ErrorOf(json));
    }

    [Fact]
    public void Read_MoreCanvasesThanTheLimit_IsRefusedWithBothNumbers()
    {
        var message = ErrorOf(PresentationV3Manifests.WithCanvases(3), maxCanvases: 2);
        Assert.Equal("too many canvases: the manifest has 3, at most 2 can be imported at once", message);
    }

    [Fact]
    public void Read_CanvasesUpToTheLimit_AreAllRead()
    {
        Assert.Equal(3, ManifestReader.Read(PresentationV3Manifests.WithCanvases(3), maxCanvases: 3).Canvases.Count);
    }

    [Fact]
    public void Read_ZeroLimit_IsAProgrammingError()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ManifestReader.Read(PresentationV3Manifests.WithCanvases(1), maxCanvases: 0));
    }

    /// <summary>Valid JSON of the wrong shapes in every place: only a <see cref="ManifestException"/> may come out.</summary>
    [Theory]
    [InlineData($$"""{ {{V3}}, "type": "Manifest", "items": 7 }""")]
    [InlineData($$"""{ {{V3}}, "type": "Manifest", "label": 5, "metadata": "x", "items": [ { "id": "https://e.org/c", "items": 3 } ] }""")]
    [InlineData($$"""{ {{V3}}, "type": "Manifest", "items": [ { "id": "https://e.org/c", "items": [ { "items": [ { "motivation": "painting", "body": "https://e.org/i.jpg" } ] } ] } ] }""")]
    [InlineData($$"""{ {{V3}}, "type": "Manifest", "items": [ { "id": "https://e.org/c", "items": [ { "items": [ { "motivation": 9, "body": { "type": "Choice", "items": "x" } } ] } ] } ] }""")]
    [InlineData($$"""{ {{V3}}, "type": "Manifest", "items": [ { "id": 12, "items": [ { "items": [ { "body": { "type": "SpecificResource", "source": null } } ] } ] } ] }""")]
    [InlineData($$"""{ {{V3}}, "type": ["Manifest"], "items": [ { "id": "https://e.org/c", "width": -4, "height": "tall", "items": [ { "items": [ { "body": { "type": "Image", "service": [ null, 4, { "id": 1 } ] } } ] } ] } ] }""")]
    [InlineData($$"""{ {{V3}}, "type": "Manifest", "items": [ { "id": "https://e.org/c", "items": [ { "items": [ { "body": { "type": "Image", "id": "https://e.org/i.jpg", "service": { "id": "https://e.org/s", "type": "ImageService3", "maxWidth": "wide", "sizes": 3 } } } ] } ] } ] }""")]
    [InlineData($$"""{ {{V3}}, "type": "Manifest", "requiredStatement": "Smithsonian", "rights": 4, "items": [] }""")]
    [InlineData($$"""{ {{V2}}, "@type": "sc:Manifest", "sequences": "normal" }""")]
    [InlineData($$"""{ {{V2}}, "@type": "sc:Manifest", "sequences": [ 1 ] }""")]
    [InlineData($$"""{ {{V2}}, "@type": "sc:Manifest", "sequences": [ { "canvases": [ { "@id": "https://e.org/c", "images": [ { "resource": null } ] } ] } ] }""")]
    [InlineData($$"""{ {{V2}}, "@type": "sc:Manifest", "sequences": [ { "canvases": [ { "@id": "https://e.org/c", "images": [ { "resource": { "@type": "oa:Choice", "default": "rdf:nil", "item": [] } } ] } ] } ] }""")]
    [InlineData($$"""{ {{V2}}, "@type": "sc:Manifest", "label": { "@value": 3 }, "attribution": [ null ], "license": [ 5 ], "sequences": [ { "canvases": [ null ] } ] }""")]
    [InlineData($$"""{ {{V2}}, "@type": "sc:Collection", "manifests": "x" }""")]
    [InlineData($$"""{ {{V2}}, "@type": "sc:Manifest", "sequences": [ { "canvases": [ { "@id": "https://e.org/c", "images": [ { "resource": { "@id": "https://e.org/i.jpg", "service": { "@id": "https://e.org/s", "profile": [ 1, { "maxWidth": 1e400 } ] } } } ] } ] } ] }""")]
    public void Read_WrongShapesEverywhere_OnlyEverThrowsManifestException(string json)
    {
        var error = Assert.Throws<ManifestException>(() => ManifestReader.Read(json));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }
}
