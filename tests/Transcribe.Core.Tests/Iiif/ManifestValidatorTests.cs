using System.Text.Json.Nodes;
using Transcribe.Core.Iiif;
using Transcribe.Core.Tests.Iiif.Fixtures;

namespace Transcribe.Core.Tests.Iiif;

public sealed class ManifestValidatorTests
{
    private const string Canvas0 = "$.items[0]";
    private const string Painting0 = "$.items[0].items[0].items[0]";
    private const string Body0 = "$.items[0].items[0].items[0].body";
    private const string TextRow = "$.items[1].annotations[0].items[0]";

    /// <summary>Each breaks one rule of our valid export; the path and words the validator must report.</summary>
    private static readonly Dictionary<string, (Action<JsonObject> Break, string Path, string Says)> Breaks = new()
    {
        ["no @context"] = (m => m.Remove("@context"), "$", "@context is missing"),
        ["version 2 @context"] = (m => m["@context"] = "http://iiif.io/api/presentation/2/context.json", "$.@context", "@context must be"),
        ["@context not last"] = (m => m["@context"] = new JsonArray("http://iiif.io/api/presentation/3/context.json", "http://example.org/ext.json"), "$.@context", "last item"),
        ["no manifest id"] = (m => m.Remove("id"), "$", "id is missing"),
        ["relative manifest id"] = (m => m["id"] = "manifest.json", "$.id", "absolute http(s) URI"),
        ["urn manifest id"] = (m => m["id"] = "urn:uuid:6f1c1b1e-0000-4000-8000-000000000042", "$.id", "absolute http(s) URI"),
        ["no manifest type"] = (m => m.Remove("type"), "$", "type is missing"),
        ["version 2 manifest type"] = (m => m["type"] = "sc:Manifest", "$.type", "type must be Manifest"),
        ["no label"] = (m => m.Remove("label"), "$", "label is missing"),
        ["label as string"] = (m => m["label"] = "Locality register", "$.label", "language map"),
        ["label values as string"] = (m => m["label"] = new JsonObject { ["en"] = "Locality register" }, "$.label.en", "arrays of strings"),
        ["label values as numbers"] = (m => m["label"] = new JsonObject { ["en"] = new JsonArray(3) }, "$.label.en", "arrays of strings"),
        ["empty label map"] = (m => m["label"] = new JsonObject(), "$.label", "at least one language"),
        ["no items"] = (m => m.Remove("items"), "$", "items is missing"),
        ["empty items"] = (m => m["items"] = new JsonArray(), "$.items", "at least one Canvas"),
        ["metadata without value"] = (m => m["metadata"]![0]!.AsObject().Remove("value"), "$.metadata[0]", "value is missing"),
        ["requiredStatement as text"] = (m => m["requiredStatement"]!["value"] = "Smithsonian", "$.requiredStatement.value", "language map"),
        ["rights not a URI"] = (m => m["rights"] = "CC0", "$.rights", "absolute http(s) URI"),
        ["no canvas id"] = (m => m.Canvas(0).Remove("id"), Canvas0, "id is missing"),
        ["canvas id with fragment"] = (m => m.Canvas(0)["id"] = "https://transcribe.example.org/iiif/documents/42/canvas/1#top", $"{Canvas0}.id", "fragment"),
        ["no canvas type"] = (m => m.Canvas(0).Remove("type"), Canvas0, "type is missing (expected Canvas)"),
        ["canvas width alone"] = (m => m.Canvas(0).Remove("height"), Canvas0, "height and width must be given together"),
        ["canvas without size"] = (m => { m.Canvas(0).Remove("height"); m.Canvas(0).Remove("width"); }, Canvas0, "must have height and width"),
        ["canvas width as text"] = (m => m.Canvas(0)["width"] = "2401", $"{Canvas0}.width", "positive integer"),
        ["no annotation page id"] = (m => m.Canvas(0)["items"]![0]!.AsObject().Remove("id"), "$.items[0].items[0]", "id is missing"),
        ["no annotation page type"] = (m => m.Canvas(0)["items"]![0]!.AsObject().Remove("type"), "$.items[0].items[0]", "type is missing (expected AnnotationPage)"),
        ["no annotation id"] = (m => m.Canvas(0).Painting().Remove("id"), Painting0, "id is missing"),
        ["no annotation type"] = (m => m.Canvas(0).Painting().Remove("type"), Painting0, "type is missing (expected Annotation)"),
        ["no motivation"] = (m => m.Canvas(0).Painting().Remove("motivation"), Painting0, "motivation is missing"),
        ["no body"] = (m => m.Canvas(0).Painting().Remove("body"), Painting0, "body is missing"),
        ["no target"] = (m => m.Canvas(0).Painting().Remove("target"), Painting0, "target is missing"),
        ["target of another canvas"] = (m => m.Canvas(0).Painting()["target"] = "https://transcribe.example.org/iiif/documents/42/canvas/2", $"{Painting0}.target", "must target its own Canvas"),
        ["target not a URI"] = (m => m.Canvas(0).Painting()["target"] = "canvas/1", $"{Painting0}.target", "absolute http(s)"),
        ["no body id"] = (m => m.Canvas(0).Body().Remove("id"), Body0, "id is missing"),
        ["no body type"] = (m => m.Canvas(0).Body().Remove("type"), Body0, "type is missing"),
        ["no service id"] = (m => m.Canvas(0).Service().Remove("id"), $"{Body0}.service[0]", "id is missing"),
        ["no service type"] = (m => m.Canvas(0).Service().Remove("type"), $"{Body0}.service[0]", "must have type"),
        ["service id relative"] = (m => m.Canvas(0).Service()["id"] = "/iiif/img-1", $"{Body0}.service[0].id", "absolute http(s) URI"),
        ["service as object"] = (m => m.Canvas(0).Body()["service"] = m.Canvas(0).Service().DeepClone(), $"{Body0}.service", "must be an array"),
        ["textual body without value"] = (m => m.Canvas(1)["annotations"]![0]!["items"]![0]!["body"]!.AsObject().Remove("value"), $"{TextRow}.body", "string value"),
        ["text annotation without target"] = (m => m.Canvas(1)["annotations"]![0]!["items"]![0]!.AsObject().Remove("target"), TextRow, "target is missing"),
        ["text annotation page without type"] = (m => m.Canvas(1)["annotations"]![0]!.AsObject().Remove("type"), "$.items[1].annotations[0]", "type is missing"),
    };

    public static TheoryData<string> BreakNames => [.. Breaks.Keys];

    [Theory]
    [MemberData(nameof(BreakNames))]
    public void Validate_ExportWithOneRuleBroken_ReportsItWhereItIs(string name)
    {
        var (breakIt, path, says) = Breaks[name];
        var problems = ManifestValidator.Validate(JsonEdit.Edit(LedgerExport.WithText(), breakIt));

        Assert.Contains(problems, p => p.Path == path && p.Message.Contains(says, StringComparison.Ordinal) && p.Level == ProblemLevel.Must);
    }

    [Fact]
    public void Validate_ValidExport_HasNoProblemsSoTheBreaksAboveAreTheirOwn()
    {
        Assert.Empty(ManifestValidator.Validate(LedgerExport.WithText()));
    }

    [Theory]
    [InlineData("no canvas label", "$.items[0]", "label")]
    [InlineData("no canvas items", "$.items[0]", "items")]
    [InlineData("no body format", "$.items[0].items[0].items[0].body", "format")]
    [InlineData("no service profile", "$.items[0].items[0].items[0].body.service[0]", "profile")]
    [InlineData("repeated canvas id", "$.items[1].id", "used twice")]
    [InlineData("commenting in items", "$.items[0].items[0].items[0].motivation", "painting")]
    public void Validate_BrokenRecommendation_IsReportedAsAShould(string name, string path, string says)
    {
        Action<JsonObject> breakIt = name switch
        {
            "no canvas label" => m => m.Canvas(0).Remove("label"),
            "no canvas items" => m => m.Canvas(0).Remove("items"),
            "no body format" => m => m.Canvas(0).Body().Remove("format"),
            "no service profile" => m => m.Canvas(0).Service().Remove("profile"),
            "repeated canvas id" => m =>
            {
                var first = m.Canvas(0)["id"]!.GetValue<string>();
                m.Canvas(1)["id"] = first;
                m.Canvas(1).Painting()["target"] = first;
            },
            "commenting in items" => m => m.Canvas(0).Painting()["motivation"] = "commenting",
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        var problems = ManifestValidator.Validate(JsonEdit.Edit(LedgerExport.WithText(), breakIt));

        var problem = Assert.Single(problems);
        Assert.Equal((path, ProblemLevel.Should), (problem.Path, problem.Level));
        Assert.Contains(says, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ContextListEndingWithPresentation3_IsAccepted()
    {
        var json = JsonEdit.Edit(LedgerExport.WithText(), m =>
            m["@context"] = new JsonArray("http://iiif.io/api/extension/navplace/context.json", "http://iiif.io/api/presentation/3/context.json"));
        Assert.Empty(ManifestValidator.Validate(json));
    }

    [Fact]
    public void Validate_OlderServiceSpelledWithAtIdAndAtType_IsAccepted()
    {
        var json = JsonEdit.Edit(LedgerExport.WithText(), m => m.Canvas(0).Body()["service"] = new JsonArray(new JsonObject
        {
            ["@id"] = "https://images.example.org/iiif/2/p1",
            ["@type"] = "ImageService2",
            ["profile"] = "http://iiif.io/api/image/2/level2.json",
        }));
        Assert.Empty(ManifestValidator.Validate(json));
    }

    [Fact]
    public void Validate_CatalogueFixture_HasOnlyTheMissingLabelOfItsLastCanvas()
    {
        var problem = Assert.Single(ManifestValidator.Validate(PresentationV3Manifests.CatalogueWithServices));
        Assert.Equal(("$.items[3]", ProblemLevel.Should), (problem.Path, problem.Level));
    }

    [Fact]
    public void Validate_CookbookSimplestManifest_OnlyLacksTheRecommendedCanvasLabel()
    {
        var problem = Assert.Single(ManifestValidator.Validate(PresentationV3Manifests.CookbookSingleImage));
        Assert.Equal("$.items[0]: a Canvas should have a label (should)", problem.ToString());
    }

    [Fact]
    public void Validate_Version2Manifest_IsNotAValidPresentation3Manifest()
    {
        var problems = ManifestValidator.Validate(PresentationV2Manifests.LocalityRegister);
        Assert.Contains(problems, p => p.Path == "$.@context");
        Assert.Contains(problems, p => p.Path == "$" && p.Message == "items is missing");
    }

    [Theory]
    [InlineData("", "not JSON")]
    [InlineData("{ \"id\": ", "not JSON")]
    [InlineData("[]", "must be a JSON object")]
    public void Validate_DocumentThatIsNoManifestAtAll_SaysSoInOneProblem(string json, string says)
    {
        var problem = Assert.Single(ManifestValidator.Validate(json));
        Assert.Equal("$", problem.Path);
        Assert.Contains(says, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "items": [ 1, "x", null, { "items": 5, "annotations": { } } ] }""")]
    [InlineData("""{ "items": [ { "items": [ { "items": [ { "body": [ 1, { "type": "Choice", "items": 4 } ], "target": [ 5, { "type": "SpecificResource" } ], "motivation": [] } ] } ] } ] }""")]
    [InlineData("""{ "label": { "": [ 1 ] }, "metadata": [ 1 ], "requiredStatement": [], "items": [ { "width": 1.5, "height": -1, "items": [ { "items": [ { "body": { "service": [ 1 ] } } ] } ] } ] }""")]
    public void Validate_WrongShapesEverywhere_ListsProblemsWithoutThrowing(string json)
    {
        Assert.NotEmpty(ManifestValidator.Validate(json));
    }
}
