using Transcribe.Core.Iiif;
using Transcribe.Core.Tests.Iiif.Fixtures;

namespace Transcribe.Core.Tests.Iiif;

public sealed class ManifestReaderV2Tests
{
    private static readonly ManifestImport Register = ManifestReader.Read(PresentationV2Manifests.LocalityRegister);

    [Fact]
    public void Read_V21Manifest_TakesIdLabelAndVersion()
    {
        Assert.Equal(2, Register.PresentationVersion);
        Assert.Equal("https://iiif.lib.example.edu/manifests/drs:48309543", Register.Id);
        Assert.Equal("Locality register, vol. 3, 1921-1924", Register.Label);
    }

    [Fact]
    public void Read_V21Manifest_ReadsCanvasesOfTheFirstSequenceInOrder()
    {
        Assert.Equal(
            ["canvas-48309544.json", "canvas-48309545.json", "canvas-48309546.json"],
            Register.Canvases.Select(c => c.Id.Split('/')[^1]));
        Assert.Equal(["f. 1r", "f. 1v"], Register.Canvases.Take(2).Select(c => c.Label));
        Assert.Equal((2500, 3500), (Register.Canvases[0].Width, Register.Canvases[0].Height));
    }

    [Fact]
    public void Read_V21CanvasWithoutLabel_IsNamedByItsPosition()
    {
        Assert.Equal("p. 3", Register.Canvases[2].Label);
    }

    [Fact]
    public void Read_V21CanvasSizeWrittenAsStrings_IsStillRead()
    {
        Assert.Equal((2480, 3508), (Register.Canvases[2].Width, Register.Canvases[2].Height));
    }

    [Fact]
    public void Read_V21ImageResource_GivesServiceIdProfileAndFullImage()
    {
        var page = Register.Canvases[0];
        Assert.Equal("https://ids.lib.example.edu/ids/iiif/48309544", page.ImageServiceId);
        Assert.Equal("http://iiif.io/api/image/2/level2.json", page.ImageServiceProfile);
        Assert.Equal(2, page.Service!.Version);
        Assert.Equal(2, page.Service.Level);
        Assert.Equal("https://ids.lib.example.edu/ids/iiif/48309544/full/full/0/default.jpg", page.FullImageUrl);
    }

    [Fact]
    public void Read_V21ServiceWithProfileArray_TakesTheUriAndTheMaxWidthOfItsDescription()
    {
        var service = Register.Canvases[1].Service!;
        Assert.Equal("http://iiif.io/api/image/2/level2.json", service.Profile);
        Assert.Equal(2000, service.MaxWidth);
    }

    [Fact]
    public void Read_ServiceIdGivenAsItsInfoJson_IsTrimmedToTheBaseUri()
    {
        Assert.Equal("https://ids.lib.example.edu/ids/iiif/48309546", Register.Canvases[2].ImageServiceId);
        Assert.Equal(1, Register.Canvases[2].Service!.Level);
    }

    [Fact]
    public void DownloadUrl_V2Service_AsksForFullSizeWithVersion2Grammar()
    {
        Assert.Equal("https://ids.lib.example.edu/ids/iiif/48309544/full/full/0/default.jpg", Register.Canvases[0].DownloadUrl());
    }

    [Fact]
    public void DownloadUrl_V2ServiceWithMaxWidth_AsksForAWidthWithinTheLimit()
    {
        // 2500 x 3500 under maxWidth 2000 (so maxHeight 2000 too): the height binds, 1428 x 2000.
        Assert.Equal("https://ids.lib.example.edu/ids/iiif/48309545/full/1428,/0/default.jpg", Register.Canvases[1].DownloadUrl());
    }

    [Fact]
    public void Read_V21Metadata_KeepsPlainTextOfHtmlValuesAndDecodesEntities()
    {
        var metadata = Register.Metadata.ToDictionary(m => m.Label, m => m.Value);
        Assert.Equal("1921-1924", metadata["Date"]);
        Assert.Equal("United States National Museum. Division of Paleontology", metadata["Creator"]);
        Assert.Equal("Smithsonian Institution Archives & Paleobiology Library", metadata["Repository"]);
        Assert.Equal("212", metadata["Extent"]);
    }

    [Fact]
    public void Read_V21MetadataWithLanguageObjects_TakesTheRequestedLanguage()
    {
        Assert.Contains(new LabelValue("Title", "Locality register"), Register.Metadata);
        var french = ManifestReader.Read(PresentationV2Manifests.LocalityRegister, language: "fr");
        Assert.Contains(new LabelValue("Titre", "Registre des localités"), french.Metadata);
    }

    [Fact]
    public void Read_V21MetadataEntryWithoutLabel_IsDropped()
    {
        Assert.DoesNotContain(Register.Metadata, m => m.Value.StartsWith("dropped", StringComparison.Ordinal));
        Assert.Equal(5, Register.Metadata.Count);
    }

    [Fact]
    public void Read_V21AttributionAndLicense_BecomeRequiredStatementAndRights()
    {
        Assert.Equal(
            new LabelValue("Attribution", "Provided by the Smithsonian Institution Archives. No known copyright restrictions."),
            Register.RequiredStatement);
        Assert.Equal("https://creativecommons.org/publicdomain/zero/1.0/", Register.Rights);
    }

    [Fact]
    public void Read_V21Choice_TakesTheDefaultImage()
    {
        var page = ManifestReader.Read(PresentationV2Manifests.ChoiceOfImages).Canvases.Single();
        Assert.Equal("https://ids.si.example.edu/ids/deliveryService?id=SIA-RU7328-b12-f3-001", page.FullImageUrl);
        Assert.Null(page.Service);
        Assert.Equal(page.FullImageUrl, page.DownloadUrl(maxEdge: 1000));
    }

    [Fact]
    public void Read_V21LabelAsLanguageObjects_PicksEnglishAndTheFirstOfSeveralLicenses()
    {
        var manifest = ManifestReader.Read(PresentationV2Manifests.ChoiceOfImages);
        Assert.Equal("Field book, 1923", manifest.Label);
        Assert.Equal("Smithsonian Institution Archives", manifest.RequiredStatement!.Value);
        Assert.Equal("http://rightsstatements.org/vocab/NoC-US/1.0/", manifest.Rights);
        Assert.Equal("p. 1", manifest.Canvases[0].Label);
    }
}
