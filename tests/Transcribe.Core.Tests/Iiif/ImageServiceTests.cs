using Transcribe.Core.Iiif;

namespace Transcribe.Core.Tests.Iiif;

public sealed class ImageServiceTests
{
    private const string Base = "https://images.example.org/iiif/ledger-7-p12";

    private static string SizeOf(string url) => url[(Base.Length + "/full/".Length)..^"/0/default.jpg".Length];

    [Fact]
    public void ImageUrl_Version3WithoutLimits_AsksForMax()
    {
        Assert.Equal($"{Base}/full/max/0/default.jpg", new ImageService(Base, 3, 2, "level2").ImageUrl(3000, 4000));
    }

    [Fact]
    public void ImageUrl_Version2WithoutLimits_AsksForFull()
    {
        Assert.Equal($"{Base}/full/full/0/default.jpg", new ImageService(Base, 2, 2, "http://iiif.io/api/image/2/level2.json").ImageUrl(3000, 4000));
    }

    [Fact]
    public void ImageUrl_Version3WithMaxWidthOnly_StillAsksForMaxWhichTheServerCaps()
    {
        var service = new ImageService(Base, 3, 2, "level2") { MaxWidth = 1000 };
        Assert.Equal("max", SizeOf(service.ImageUrl(3000, 4000)));
    }

    [Fact]
    public void ImageUrl_Version2WithMaxWidthOnly_TreatsItAsMaxHeightToo()
    {
        // 3000 x 4000 under 1000 x 1000: the height binds, so 750 x 1000.
        var service = new ImageService(Base, 2, 2, "http://iiif.io/api/image/2/level2.json") { MaxWidth = 1000 };
        Assert.Equal("750,", SizeOf(service.ImageUrl(3000, 4000)));
    }

    [Fact]
    public void ImageUrl_Version2WithMaxHeight_KeepsTheHeightWithinIt()
    {
        var service = new ImageService(Base, 2, 1, "http://iiif.io/api/image/2/level1.json") { MaxWidth = 5000, MaxHeight = 999 };
        var width = int.Parse(SizeOf(service.ImageUrl(3000, 4000)).TrimEnd(','));
        Assert.Equal(749, width);
        Assert.True(Math.Ceiling(4000.0 * width / 3000) <= 999);
    }

    [Fact]
    public void ImageUrl_WithMaxArea_TakesTheWidestSizeWhoseRoundedHeightStaysWithinTheArea()
    {
        var service = new ImageService(Base, 2, 2, "http://iiif.io/api/image/2/level2.json") { MaxArea = 1_000_000 };
        var width = int.Parse(SizeOf(service.ImageUrl(3000, 4000)).TrimEnd(','));

        // sqrt scaling alone gives 866 wide, but 866 x 1155 is 1,000,230 pixels, one row too many.
        Assert.Equal(865, width);
        Assert.True(width * Math.Ceiling(4000.0 * width / 3000) <= 1_000_000);
    }

    [Fact]
    public void ImageUrl_CallerMaxEdge_ScalesTheLongestSide()
    {
        var service = new ImageService(Base, 3, 1, "level1");
        Assert.Equal($"{Base}/full/666,/0/default.jpg", service.ImageUrl(1200, 1800, maxEdge: 1000));
        Assert.Equal($"{Base}/full/1000,/0/default.jpg", service.ImageUrl(1800, 1200, maxEdge: 1000));
    }

    [Fact]
    public void ImageUrl_CallerMaxEdgeLargerThanTheImage_AsksForTheWholeSize()
    {
        Assert.Equal("max", SizeOf(new ImageService(Base, 3, 1, "level1").ImageUrl(1200, 1800, maxEdge: 5000)));
        Assert.Equal("full", SizeOf(new ImageService(Base, 2, 1, "level1").ImageUrl(1200, 1800, maxEdge: 5000)));
    }

    [Fact]
    public void ImageUrl_ServiceLimitTighterThanTheCaller_WinsForVersion2()
    {
        var service = new ImageService(Base, 2, 2, "http://iiif.io/api/image/2/level2.json") { MaxWidth = 500 };
        Assert.Equal("375,", SizeOf(service.ImageUrl(3000, 4000, maxEdge: 2000)));
    }

    [Fact]
    public void ImageUrl_ServiceStatesItsOwnSize_UsesItOverTheCanvasSize()
    {
        var service = new ImageService(Base, 3, 2, "level2") { Width = 6000, Height = 8000 };
        // Scaled as the canvas's 600 x 800 the page would need no resizing; its 6000 x 8000 pixels do.
        Assert.Equal("1500,", SizeOf(service.ImageUrl(600, 800, maxEdge: 2000)));
    }

    [Fact]
    public void ImageUrl_Level0WithListedSizes_TakesTheLargestThatFits()
    {
        var service = new ImageService(Base, 3, 0, "level0") { Sizes = [new(300, 400), new(600, 800), new(1200, 1600)] };
        Assert.Equal("600,800", SizeOf(service.ImageUrl(1200, 1600, maxEdge: 1000)));
    }

    [Fact]
    public void ImageUrl_Level0Version2WithListedSizes_UsesTheWidthOnlyForm()
    {
        var service = new ImageService(Base, 2, 0, "http://iiif.io/api/image/2/level0.json") { Sizes = [new(1200, 1600), new(300, 400), new(600, 800)] };
        Assert.Equal("600,", SizeOf(service.ImageUrl(1200, 1600, maxEdge: 1000)));
    }

    [Fact]
    public void ImageUrl_Level0WhereNoListedSizeFits_TakesTheSmallest()
    {
        var service = new ImageService(Base, 3, 0, "level0") { Sizes = [new(600, 800), new(300, 400)] };
        Assert.Equal("300,400", SizeOf(service.ImageUrl(1200, 1600, maxEdge: 100)));
    }

    [Fact]
    public void ImageUrl_Level0WithoutSizes_AsksForTheWholeImageSinceItCannotResize()
    {
        Assert.Equal("max", SizeOf(new ImageService(Base, 3, 0, "level0").ImageUrl(1200, 1600, maxEdge: 100)));
    }

    [Fact]
    public void DownloadUrl_CanvasWithoutService_IsTheImagesOwnUrl()
    {
        var page = new CanvasImport("https://example.org/c/1", "p. 1", 800, 1000, null, "https://example.org/scans/p1.jpg");
        Assert.Equal("https://example.org/scans/p1.jpg", page.DownloadUrl(maxEdge: 100));
    }

    [Fact]
    public void DownloadUrl_ImageLargerThanItsCanvas_ScalesTheImagesPixels()
    {
        var page = new CanvasImport("https://example.org/c/1", "p. 1", 1000, 1400, new ImageService(Base, 3, 2, "level2"), null, ImageWidth: 2000, ImageHeight: 2800);
        Assert.Equal($"{Base}/full/1000,/0/default.jpg", page.DownloadUrl(maxEdge: 1400));
    }

    [Fact]
    public void DownloadUrl_CanvasWithNeitherServiceNorUrl_IsAProgrammingError()
    {
        var page = new CanvasImport("https://example.org/c/1", "p. 1", 800, 1000, null, null);
        Assert.Throws<InvalidOperationException>(() => page.DownloadUrl());
    }
}
