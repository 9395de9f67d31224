using Transcribe.Core.Scans;

namespace Transcribe.Core.Tests.Scans;

public sealed class ImageChecksTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, "jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "png")]
    [InlineData(new byte[] { (byte)'I', (byte)'I', 42, 0, 8, 0 }, "tiff")]
    [InlineData(new byte[] { (byte)'M', (byte)'M', 0, 42, 0, 8 }, "tiff")]
    public void DetectFormat_RecognisesTheAcceptedFormats(byte[] head, string format) =>
        Assert.Equal(format, ImageChecks.DetectFormat(head));

    [Theory]
    [InlineData("%PDF-1.7")]
    [InlineData("<html><body>")]
    [InlineData("GIF89a")]
    [InlineData("")]
    public void DetectFormat_OfSomethingElse_IsNull(string text) =>
        Assert.Null(ImageChecks.DetectFormat(System.Text.Encoding.ASCII.GetBytes(text)));

    [Fact]
    public void LooksComplete_JpegWithoutItsEndMarker_IsFalse()
    {
        Assert.True(ImageChecks.LooksComplete("jpeg", [1, 2, 3, 0xFF, 0xD9]));
        Assert.True(ImageChecks.LooksComplete("jpeg", [1, 0xFF, 0xD9, 0, 0])); // padding after EOI
        Assert.False(ImageChecks.LooksComplete("jpeg", [1, 2, 3, 4, 5]));
    }

    [Fact]
    public void LooksComplete_PngWithoutIend_IsFalse()
    {
        Assert.True(ImageChecks.LooksComplete("png", [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]));
        Assert.False(ImageChecks.LooksComplete("png", [0, 0, 0, 0, 0x49, 0x44, 0x41, 0x54, 1, 2, 3, 4]));
    }

    [Fact]
    public void SizeProblem_AboveTheLimit_SaysBothSizes()
    {
        Assert.Null(ImageChecks.SizeProblem(10_000, 10_000, ImageChecks.DefaultMaxPixels));
        string? problem = ImageChecks.SizeProblem(30_000, 30_000, ImageChecks.DefaultMaxPixels);
        Assert.NotNull(problem);
        Assert.Contains("900 megapixels", problem);
        Assert.Contains("400 megapixels", problem);
    }
}
