using Transcribe.Core.Notes;

namespace Transcribe.Core.Tests.Notes;

public sealed class NoteTextTests
{
    [Fact]
    public void Clean_TrimsAndMakesLineBreaksPlainNewlines()
    {
        var note = NoteText.Clean("  \r\nRow 3 is smudged.\r\nSee row 4.\rThanks\t \n");

        Assert.True(note.IsValid);
        Assert.Equal("Row 3 is smudged.\nSee row 4.\nThanks", note.Text);
    }

    [Fact]
    public void Clean_NormalisesToComposedForm()
    {
        string decomposed = "Cañon City".Normalize(System.Text.NormalizationForm.FormD);

        var note = NoteText.Clean(decomposed);

        Assert.Equal("Cañon City".Normalize(System.Text.NormalizationForm.FormC), note.Text);
        Assert.Equal(10, note.Text.Length);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \r\n\t ")]
    public void Clean_WhenEmpty_SaysSo(string? raw) => Assert.Contains("empty", NoteText.Clean(raw).Problem);

    [Fact]
    public void Clean_KeepsTabsAndNewlines_ButRefusesOtherControlCharacters()
    {
        Assert.True(NoteText.Clean("a\tb\nc").IsValid);
        Assert.Contains("control characters", NoteText.Clean("bell\u0007 rings").Problem);
        Assert.Contains("control characters", NoteText.Clean("nul\0").Problem);
        Assert.Contains("control characters", NoteText.Clean("next\u0085line").Problem);
    }

    [Fact]
    public void Clean_CountsCharactersNotUtf16Units()
    {
        string atLimit = string.Concat(Enumerable.Repeat("🦕", NoteText.MaxLength)); // 4,000 UTF-16 units, 2,000 characters

        Assert.True(NoteText.Clean(atLimit).IsValid);
        var tooLong = NoteText.Clean(new string('x', NoteText.MaxLength + 1));
        Assert.Contains("at most 2,000 characters; this one has 2,001", tooLong.Problem);
    }

    [Fact]
    public void Clean_RefusesABrokenSurrogate() =>
        Assert.Contains("broken characters", NoteText.Clean("half \ud83e of a dinosaur").Problem);

    [Theory]
    [InlineData("See #4187 for the quarry.", "#4187", "4187")]
    [InlineData("same as loc. 4187 above", "loc. 4187", "4187")]
    [InlineData("Locality 4187 again", "Locality 4187", "4187")]
    [InlineData("Loc 4187-A is the upper bed", "Loc 4187-A", "4187a")]
    [InlineData("Loc. No. 2336a", "Loc. No. 2336a", "2336a")]
    [InlineData("locality number 12", "locality number 12", "12")]
    [InlineData("loc. #99, I think", "loc. #99", "99")]
    [InlineData("# 4187.", "# 4187", "4187")]
    [InlineData("(loc4187)", "loc4187", "4187")]
    public void Mentions_FindTheWaysPeopleWriteALocalityNumber(string text, string span, string number)
    {
        var mention = Assert.Single(NoteText.Mentions(text));

        Assert.Equal(span, text.Substring(mention.Start, mention.Length));
        Assert.Equal(number, mention.Number);
    }

    [Theory]
    [InlineData("located 12 mi. N of Lusk")]
    [InlineData("the 12th of May, #12th row")]
    [InlineData("block 4187")]
    [InlineData("an entity &#4187; typed by hand")]
    [InlineData("issue#4187")]
    [InlineData("loc. 4187.5 is a decimal")]
    [InlineData("#12345678 is too long to be a locality")]
    public void Mentions_IgnoreLookAlikes(string text) => Assert.Empty(NoteText.Mentions(text));

    [Fact]
    public void Mentions_TakeOnlyASingleLetterAsASuffix()
    {
        var mention = Assert.Single(NoteText.Mentions("loc 4187-Amboy road"));

        Assert.Equal(("4187", "loc 4187"), (mention.Number, "loc 4187-Amboy road"[..mention.Length]));
    }

    [Fact]
    public void Segments_CoverTheWholeTextInOrder()
    {
        string text = "Rows #4187 and loc. 4188b differ";

        var segments = NoteText.Segments(text);

        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        Assert.Equal(["Rows ", "#4187", " and ", "loc. 4188b", " differ"], segments.Select(s => s.Text));
        Assert.Equal([null, "4187", null, "4188b", null], segments.Select(s => s.Mention?.Number));
    }

    [Fact]
    public void Segments_OfTextWithoutMentions_IsTheTextItself() =>
        Assert.Equal("plain", Assert.Single(NoteText.Segments("plain")).Text);
}
