using System.Text.Json.Nodes;
using Transcribe.Core.Iiif;
using Transcribe.Core.Tests.Iiif.Fixtures;

namespace Transcribe.Core.Tests.Iiif;

public sealed class ManifestReaderV3Tests
{
    private static readonly ManifestImport Catalogue = ManifestReader.Read(PresentationV3Manifests.CatalogueWithServices);

    [Fact]
    public void Read_CookbookSimplestManifest_GivesOneCanvasPaintedWithItsImageFile()
    {
        var manifest = ManifestReader.Read(PresentationV3Manifests.CookbookSingleImage);

        Assert.Equal(3, manifest.PresentationVersion);
        Assert.Equal("Single Image Example", manifest.Label);
        var page = Assert.Single(manifest.Canvases);
        Assert.Equal("https://iiif.io/api/cookbook/recipe/0001-mvm-image/canvas/p1", page.Id);
        Assert.Equal((1200, 1800), (page.Width, page.Height));
        Assert.Null(page.Service);
        Assert.Equal("http://iiif.io/api/presentation/2.1/example/fixtures/resources/page1-full.png", page.DownloadUrl());
    }

    [Fact]
    public void Read_CanvasWithoutLabel_IsNamedByItsPosition()
    {
        Assert.Equal("p. 1", ManifestReader.Read(PresentationV3Manifests.CookbookSingleImage).Canvases[0].Label);
        Assert.Equal("p. 4", Catalogue.Canvases[3].Label);
    }

    [Fact]
    public void Read_LanguageMapLabels_PreferEnglishThenNoLanguage()
    {
        Assert.Equal("Paleobiology catalogue, vol. 7", Catalogue.Label);
        Assert.Equal(["1r", "folio 1v", "2r"], Catalogue.Canvases.Take(3).Select(c => c.Label));
    }

    [Fact]
    public void Read_LanguageMapLabels_FollowTheRequestedLanguage()
    {
        var french = ManifestReader.Read(PresentationV3Manifests.CatalogueWithServices, language: "fr");
        Assert.Equal("Catalogue de paléobiologie, vol. 7", french.Label);
        Assert.Equal("feuillet 1v", french.Canvases[1].Label);
        // No French on page 1: its language-less label stands.
        Assert.Equal("1r", french.Canvases[0].Label);
    }

    [Fact]
    public void Read_LabelInAnotherLanguageOnly_IsUsedRatherThanTheFallback()
    {
        var json = JsonEdit.Edit(PresentationV3Manifests.WithCanvases(1), m => m.Canvas(0)["label"] = new JsonObject { ["de"] = new JsonArray("Blatt 1") });
        Assert.Equal("Blatt 1", ManifestReader.Read(json).Canvases[0].Label);
    }

    [Fact]
    public void Read_LabelWithoutTheRequestedLanguage_PrefersTheUntaggedValueOverAnotherLanguage()
    {
        var json = JsonEdit.Edit(PresentationV3Manifests.WithCanvases(1), m =>
            m.Canvas(0)["label"] = new JsonObject { ["de"] = new JsonArray("Blatt 1r"), ["none"] = new JsonArray("1r") });
        Assert.Equal("1r", ManifestReader.Read(json).Canvases[0].Label);
    }

    [Fact]
    public void Read_LabelInARegionalVariant_CountsAsTheRequestedLanguage()
    {
        var json = JsonEdit.Edit(PresentationV3Manifests.WithCanvases(1), m =>
            m.Canvas(0)["label"] = new JsonObject { ["none"] = new JsonArray("1r"), ["en-GB"] = new JsonArray("folio 1 recto") });
        Assert.Equal("folio 1 recto", ManifestReader.Read(json).Canvases[0].Label);
    }

    [Fact]
    public void Read_EmptyLabel_FallsBackToPosition()
    {
        var json = JsonEdit.Edit(PresentationV3Manifests.WithCanvases(2), m =>
        {
            m.Canvas(0)["label"] = new JsonObject { ["en"] = new JsonArray(" ") };
            m.Canvas(1)["label"] = new JsonObject();
        });
        Assert.Equal(["p. 1", "p. 2"], ManifestReader.Read(json).Canvases.Select(c => c.Label));
    }

    [Fact]
    public void Read_MetadataLanguageMaps_JoinSeveralValuesAndUseNoneWhenUntagged()
    {
        Assert.Equal(
            [new("Date", "1925-1931"), new("Department", "Paleobiology"), new("Subject", "Fossils; Invertebrates")],
            Catalogue.Metadata);
    }

    [Fact]
    public void Read_RequiredStatementAndRights_AreKeptAsPlainText()
    {
        Assert.Equal(new LabelValue("Attribution", "Courtesy of the Smithsonian Institution"), Catalogue.RequiredStatement);
        Assert.Equal("http://creativecommons.org/publicdomain/zero/1.0/", Catalogue.Rights);
    }

    [Fact]
    public void Read_ServiceListWithAnAuthServiceFirst_PicksTheImageService()
    {
        var page = Catalogue.Canvases[0];
        Assert.Equal("https://images.example.org/iiif/3/cat7-0001", page.ImageServiceId);
        Assert.Equal("level1", page.ImageServiceProfile);
        Assert.Equal((3, 1), (page.Service!.Version, page.Service.Level));
    }

    [Fact]
    public void DownloadUrl_V3Service_AsksForMaxSize()
    {
        Assert.Equal("https://images.example.org/iiif/3/cat7-0001/full/max/0/default.jpg", Catalogue.Canvases[0].DownloadUrl());
        Assert.Equal("https://images.example.org/iiif/3/cat7-0002/full/max/0/default.jpg", Catalogue.Canvases[1].DownloadUrl());
    }

    [Fact]
    public void Read_ChoiceBody_TakesItsFirstImageWithThatImagesPixelSize()
    {
        var page = Catalogue.Canvases[2];
        Assert.Equal("https://images.example.org/iiif/3/cat7-0003-natural", page.ImageServiceId);
        Assert.Equal(3000, page.Service!.MaxWidth);
        Assert.Equal((1200, 1600), (page.Width, page.Height));
        Assert.Equal((6000, 8000), (page.ImageWidth, page.ImageHeight));
    }

    [Fact]
    public void DownloadUrl_ChoiceImageWithMaxEdge_ScalesTheImagesOwnPixelsNotTheCanvas()
    {
        // 6000 x 8000 image, longest side 2000 wanted: the service's maxWidth 3000 is looser.
        Assert.Equal("https://images.example.org/iiif/3/cat7-0003-natural/full/1500,/0/default.jpg", Catalogue.Canvases[2].DownloadUrl(maxEdge: 2000));
        Assert.Equal("https://images.example.org/iiif/3/cat7-0003-natural/full/max/0/default.jpg", Catalogue.Canvases[2].DownloadUrl());
    }

    [Fact]
    public void Read_EmbeddedImageService2InAV3Manifest_UsesVersion2Grammar()
    {
        var page = Catalogue.Canvases[3];
        Assert.Equal("https://legacy.example.org/iiif/2/cat7-0004", page.ImageServiceId);
        Assert.Equal(2, page.Service!.Version);
        Assert.Equal("https://legacy.example.org/iiif/2/cat7-0004/full/full/0/default.jpg", page.DownloadUrl());
    }

    [Fact]
    public void Read_ServiceOnlyBodyWithoutImageId_StillImportsThroughTheService()
    {
        var json = JsonEdit.Edit(PresentationV3Manifests.WithCanvases(1), m => m.Canvas(0).Body().Remove("id"));
        var page = ManifestReader.Read(json).Canvases[0];
        Assert.Null(page.FullImageUrl);
        Assert.Equal("https://example.org/iiif/img1/full/max/0/default.jpg", page.DownloadUrl());
    }

    [Fact]
    public void Read_CanvasWithoutSize_TakesTheImagesSize()
    {
        var json = JsonEdit.Edit(PresentationV3Manifests.WithCanvases(1), m =>
        {
            m.Canvas(0).Remove("width");
            m.Canvas(0).Remove("height");
            m.Canvas(0).Body()["width"] = 640;
            m.Canvas(0).Body()["height"] = 960;
        });
        var page = ManifestReader.Read(json).Canvases[0];
        Assert.Equal((640, 960), (page.Width, page.Height));
    }

    [Fact]
    public void Read_ManifestWithoutLabel_IsCalledUntitled()
    {
        var json = JsonEdit.Edit(PresentationV3Manifests.WithCanvases(1), m => m.Remove("label"));
        Assert.Equal("Untitled manifest", ManifestReader.Read(json).Label);
    }

    [Fact]
    public void Read_ManifestWithoutContextButWithType_IsReadAsVersion3()
    {
        var json = JsonEdit.Edit(PresentationV3Manifests.WithCanvases(1), m => m.Remove("@context"));
        Assert.Equal(3, ManifestReader.Read(json).PresentationVersion);
    }

    [Fact]
    public void Read_ContextListWithExtensionsFirst_IsStillVersion3()
    {
        var json = JsonEdit.Edit(PresentationV3Manifests.WithCanvases(1), m =>
            m["@context"] = new JsonArray("http://iiif.io/api/extension/navplace/context.json", "http://iiif.io/api/presentation/3/context.json"));
        Assert.Single(ManifestReader.Read(json).Canvases);
    }
}
