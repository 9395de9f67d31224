using Transcribe.Core.Consensus;

namespace Transcribe.Core.Tests.Consensus;

public sealed class TextFoldingTests
{
    [Fact]
    public void Clean_ComposesAccentsAndFoldsWhitespace_ButKeepsTheWitnessQuotesAndDashes() =>
        Assert.Equal("Pe\u00F1a\u2019s \u201CMesa\u201D \u2014 2", TextFolding.Clean("  Pen\u0303a\u2019s \u201CMesa\u201D\u00A0\u2014  2 "));

    [Fact]
    public void Key_FoldsCurlyApostrophesAndDashes()
    {
        Assert.Equal(TextFolding.Key("Mary's well-head"), TextFolding.Key("Mary\u2019s well\u2014head"));
        Assert.Equal("-2", NumberFolding.IntegerKey("\u22122"));
    }

    [Fact]
    public void Clean_WhenLineBreaksAreKept_CollapsesBlankLinesToOneBreak() =>
        Assert.Equal("Dear Sylvia:\nThe house", TextFolding.Clean("Dear Sylvia:  \n\n   The house", keepLineBreaks: true));

    [Fact]
    public void Key_IgnoresCasePunctuationAndApostrophes_ButNotLetters()
    {
        Assert.Equal(TextFolding.Key("St. Mary's Creek"), TextFolding.Key("st marys creek,"));
        Assert.NotEqual(TextFolding.Key("Mary Creek"), TextFolding.Key("Mary Greek"));
    }

    [Fact]
    public void Key_WhenTheProjectListsAbbreviations_TreatsShortAndLongFormsAsOne()
    {
        var abbreviations = new Dictionary<string, string> { ["Co."] = "County", ["Fm."] = "Formation", ["Nat. Mon."] = "National Monument" };
        Assert.Equal(TextFolding.Key("Fox Hills Formation", abbreviations), TextFolding.Key("Fox Hills Fm.", abbreviations));
        Assert.Equal(TextFolding.Key("Custer County", abbreviations), TextFolding.Key("CUSTER CO", abbreviations));
        Assert.Equal("dinosaur national monument", TextFolding.Key("Dinosaur Nat. Mon.", abbreviations));
    }

    [Fact]
    public void Key_WhenNoAbbreviationListIsGiven_KeepsShortFormsDistinct() =>
        Assert.NotEqual(TextFolding.Key("Fox Hills Formation"), TextFolding.Key("Fox Hills Fm."));

    [Fact]
    public void Key_KeepsAmpersandAsAWordTheListCanExpand()
    {
        var abbreviations = new Dictionary<string, string> { ["&"] = "and" };
        Assert.Equal(TextFolding.Key("Smith and Jones"), TextFolding.Key("Smith & Jones", abbreviations));
        Assert.NotEqual(TextFolding.Key("Smith Jones"), TextFolding.Key("Smith & Jones"));
    }

    [Theory]
    [InlineData("2 mi. N.W. of Medora", "2 mi NW of Medora")]
    [InlineData("U.S.G.S. loc. 1969", "USGS loc 1969")]
    [InlineData("C. W. Gilmore", "C.W. Gilmore")]
    public void Key_TreatsInitialsWithOrWithoutStopsAsOneWord(string a, string b) =>
        Assert.Equal(TextFolding.Key(a), TextFolding.Key(b));

    [Fact]
    public void Key_DoesNotJoinDigitsOrWholeWords()
    {
        Assert.NotEqual(TextFolding.Key("2 1/2 mi"), TextFolding.Key("21/2 mi"));
        Assert.NotEqual(TextFolding.Key("N. Dak."), TextFolding.Key("NDak"));
    }
}
