using Transcribe.Core.Entry;

namespace Transcribe.Core.Tests.Entry;

public sealed class EntryTextTests
{
    [Theory]
    [InlineData("  Lance Creek  ", "Lance Creek")]
    [InlineData("Lance\u0000 Creek\u001b", "Lance Creek")]
    [InlineData("Lance\u200B Creek\u202E", "Lance Creek")]
    [InlineData("Lance\nCreek", "Lance Creek")]
    [InlineData("Lance\tCreek", "Lance Creek")]
    [InlineData("Cafe\u0301", "Café")]
    [InlineData(null, "")]
    public void Clean_OneLineField_KeepsWhatCanBeSeen(string? raw, string expected) =>
        Assert.Equal(expected, EntryText.Clean(raw, multiline: false));

    [Fact]
    public void Clean_LongText_KeepsLineBreaksAndFoldsCarriageReturns() =>
        Assert.Equal("Bones in\nred clay\nnear the top", EntryText.Clean("Bones in\r\nred clay\rnear the top\r\n", multiline: true));

    [Fact]
    public void Clean_KeepsMarkupAsText() =>
        Assert.Equal("<script>alert(1)</script>", EntryText.Clean("<script>alert(1)</script>", multiline: false));

    // A lone surrogate cannot sit in an attribute (metadata re-encodes it), so this case is built here.
    [Fact]
    public void Clean_ReplacesALoneSurrogate() =>
        Assert.Equal("bad \uFFFD half", EntryText.Clean("bad " + (char)0xD800 + " half", multiline: false));

    [Fact]
    public void Clean_KeepsSurrogatePairs() =>
        Assert.Equal("𝔉ossil", EntryText.Clean("𝔉ossil", multiline: false));
}
