using System.Text.Json.Nodes;
using Transcribe.Core.Iiif;

namespace Transcribe.Core.Tests.Iiif;

public sealed class ManifestWriterTests
{
    private static JsonObject Parsed(string json) => JsonNode.Parse(json)!.AsObject();

    [Fact]
    public void Build_PagesWithAndWithoutText_PassesTheValidatorWithoutAnyProblem()
    {
        Assert.Empty(ManifestValidator.Validate(LedgerExport.WithText()));
        Assert.Empty(ManifestValidator.Validate(LedgerExport.Build(LedgerExport.Page(1))));
    }

    [Fact]
    public void Build_ThenRead_GivesBackTheSameCanvases()
    {
        var pages = new[] { LedgerExport.Page(1), LedgerExport.Page(2), LedgerExport.Page(3) };
        var read = ManifestReader.Read(LedgerExport.Build(pages));

        Assert.Equal(pages.Length, read.Canvases.Count);
        foreach (var (page, canvas) in pages.Zip(read.Canvases))
        {
            Assert.Equal(page.CanvasId, canvas.Id);
            Assert.Equal(page.Label, canvas.Label);
            Assert.Equal((page.Width, page.Height), (canvas.Width, canvas.Height));
            Assert.Equal((page.Width, page.Height), (canvas.ImageWidth, canvas.ImageHeight));
            Assert.Equal(page.ImageServiceId, canvas.ImageServiceId);
            Assert.Equal("level0", canvas.ImageServiceProfile);
            Assert.Equal((3, 0), (canvas.Service!.Version, canvas.Service.Level));
            Assert.Equal($"{page.ImageServiceId}/full/max/0/default.jpg", canvas.FullImageUrl);
            Assert.Equal(canvas.FullImageUrl, canvas.DownloadUrl());
        }
    }

    [Fact]
    public void Build_ThenRead_GivesBackTheDescription()
    {
        var read = ManifestReader.Read(LedgerExport.WithText());

        Assert.Equal(LedgerExport.ManifestId, read.Id);
        Assert.Equal(3, read.PresentationVersion);
        Assert.Equal("Locality register, vol. 3", read.Label);
        Assert.Equal(LedgerExport.Metadata, read.Metadata);
        Assert.Equal(LedgerExport.Institution, read.RequiredStatement);
        Assert.Equal("https://creativecommons.org/publicdomain/zero/1.0/", read.Rights);
    }

    [Fact]
    public void Build_WritesThePresentation3Skeleton()
    {
        var manifest = Parsed(LedgerExport.Build(LedgerExport.Page(1)));
        var canvas = manifest.Canvas(0);
        var body = canvas.Body();

        Assert.Equal("http://iiif.io/api/presentation/3/context.json", (string?)manifest["@context"]);
        Assert.Equal("Manifest", (string?)manifest["type"]);
        Assert.Equal("Locality register, vol. 3", (string?)manifest["label"]!["en"]![0]);
        Assert.Equal("Canvas", (string?)canvas["type"]);
        Assert.Equal("painting", (string?)canvas.Painting()["motivation"]);
        Assert.Equal(canvas["id"]!.GetValue<string>(), (string?)canvas.Painting()["target"]);
        Assert.Equal("https://transcribe.example.org/iiif/img-1/full/max/0/default.jpg", (string?)body["id"]);
        Assert.Equal("image/jpeg", (string?)body["format"]);
        Assert.Equal(2401, (int)body["width"]!);
        Assert.Equal("ImageService3", (string?)canvas.Service()["type"]);
        Assert.Equal("level0", (string?)canvas.Service()["profile"]);
        Assert.Null(canvas["annotations"]);
    }

    [Fact]
    public void Build_PageWithText_PublishesEachRowAsASupplementingTextualBodyOnTheCanvas()
    {
        var canvas = Parsed(LedgerExport.WithText()).Canvas(1);
        var page = canvas["annotations"]![0]!;
        var rows = page["items"]!.AsArray();

        Assert.Equal("AnnotationPage", (string?)page["type"]);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.Equal("supplementing", (string?)row!["motivation"]));
        Assert.All(rows, row => Assert.Equal("TextualBody", (string?)row!["body"]!["type"]));
        Assert.Equal("7012 | C. W. Gilmore | Aug. 3, 1923 | Como Bluff, Wyo.", (string?)rows[0]!["body"]!["value"]);
        Assert.Equal("en", (string?)rows[0]!["body"]!["language"]);
        Assert.Null(rows[1]!["body"]!["language"]);
    }

    [Fact]
    public void Build_RowWithRegion_TargetsThatAreaOfTheCanvas()
    {
        var rows = Parsed(LedgerExport.WithText()).Canvas(1)["annotations"]![0]!["items"]!.AsArray();
        Assert.Equal("https://transcribe.example.org/iiif/documents/42/canvas/2#xywh=120,340,2100,88", (string?)rows[0]!["target"]);
        Assert.Equal("https://transcribe.example.org/iiif/documents/42/canvas/2", (string?)rows[1]!["target"]);
    }

    [Fact]
    public void Build_AnnotationIds_AreTheGivenOnesOrDerivedFromTheCanvasAndUnique()
    {
        var manifest = Parsed(LedgerExport.WithText());
        var rows = manifest.Canvas(1)["annotations"]![0]!["items"]!.AsArray();
        Assert.Equal("https://transcribe.example.org/records/localities/7013", (string?)rows[1]!["id"]);

        var ids = new List<string>();
        void Collect(JsonNode? node)
        {
            if (node is JsonObject o)
            {
                if (o["id"] is JsonValue id && o["type"]?.GetValue<string>() is not "ImageService3") ids.Add(id.GetValue<string>());
                foreach (var (_, child) in o) Collect(child);
            }
            else if (node is JsonArray a) foreach (var child in a) Collect(child);
        }
        Collect(manifest);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.True(ids.Count > 10);
    }

    [Fact]
    public void Build_TextWithQuotesAndNonAsciiLetters_SurvivesTheRoundTrip()
    {
        const string text = "Calvert Fm. — “Zone 10”, Chesapeake Bay; Néogène <b>not markup</b>";
        var json = LedgerExport.Build(LedgerExport.Page(1, new TextAnnotation(text)));
        Assert.Equal(text, (string?)Parsed(json).Canvas(0)["annotations"]![0]!["items"]![0]!["body"]!["value"]);
        Assert.Empty(ManifestValidator.Validate(json));
    }

    [Fact]
    public void Build_ServiceBaseWithTrailingSlash_IsWrittenWithoutIt()
    {
        var page = LedgerExport.Page(1) with { ImageServiceId = "https://transcribe.example.org/iiif/img-1/" };
        var canvas = Parsed(LedgerExport.Build(page)).Canvas(0);
        Assert.Equal("https://transcribe.example.org/iiif/img-1", (string?)canvas.Service()["id"]);
        Assert.Equal("https://transcribe.example.org/iiif/img-1/full/max/0/default.jpg", (string?)canvas.Body()["id"]);
    }

    [Fact]
    public void Build_PageWithItsOwnImageUrl_PaintsThatUrl()
    {
        var page = LedgerExport.Page(1) with { ImageUrl = "https://transcribe.example.org/scans/42/1.jpg" };
        Assert.Equal(page.ImageUrl, (string?)Parsed(LedgerExport.Build(page)).Canvas(0).Body()["id"]);
    }

    [Fact]
    public void Build_NoMetadataStatementOrRights_LeavesThePropertiesOut()
    {
        var manifest = Parsed(ManifestWriter.Build(LedgerExport.ManifestId, "Ledger", [], null, [LedgerExport.Page(1)]));
        Assert.Null(manifest["metadata"]);
        Assert.Null(manifest["requiredStatement"]);
        Assert.Null(manifest["rights"]);
    }

    [Fact]
    public void Build_InAnotherLanguage_TagsTheLabelsWithIt()
    {
        var manifest = Parsed(ManifestWriter.Build(LedgerExport.ManifestId, "Registre", LedgerExport.Metadata, null, [LedgerExport.Page(1)], language: "fr"));
        Assert.Equal("Registre", (string?)manifest["label"]!["fr"]![0]);
        Assert.Equal("Collection", (string?)manifest["metadata"]![0]!["label"]!["fr"]![0]);
    }

    public static TheoryData<string, PageExport[]> BadInputs => new()
    {
        { "manifest.json", [LedgerExport.Page(1)] },
        { "ftp://example.org/manifest", [LedgerExport.Page(1)] },
        { LedgerExport.ManifestId, [] },
        { LedgerExport.ManifestId, [LedgerExport.Page(1) with { CanvasId = "https://transcribe.example.org/iiif/documents/42/canvas/1#p1" }] },
        { LedgerExport.ManifestId, [LedgerExport.Page(1) with { CanvasId = "canvas/1" }] },
        { LedgerExport.ManifestId, [LedgerExport.Page(1) with { ImageServiceId = "/iiif/img-1" }] },
        { LedgerExport.ManifestId, [LedgerExport.Page(1) with { Width = 0 }] },
        { LedgerExport.ManifestId, [LedgerExport.Page(1) with { Height = -5 }] },
        { LedgerExport.ManifestId, [LedgerExport.Page(1) with { Label = " " }] },
        { LedgerExport.ManifestId, [LedgerExport.Page(1, new TextAnnotation("x") { Region = new PixelRegion(0, 0, 0, 10) })] },
        { LedgerExport.ManifestId, [LedgerExport.Page(1, new TextAnnotation("x") { Id = "row-1" })] },
        { LedgerExport.ManifestId, [LedgerExport.Page(1), LedgerExport.Page(2) with { CanvasId = LedgerExport.Page(1).CanvasId }] },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Build_BadInput_IsRefusedBeforeAnythingIsWritten(string manifestId, PageExport[] pages)
    {
        Assert.ThrowsAny<ArgumentException>(() => ManifestWriter.Build(manifestId, "Ledger", [], null, pages));
    }

    [Fact]
    public void Build_RightsThatAreNotAUri_AreRefused()
    {
        Assert.ThrowsAny<ArgumentException>(() =>
            ManifestWriter.Build(LedgerExport.ManifestId, "Ledger", [], null, [LedgerExport.Page(1)], rights: "Public domain"));
    }
}
