using Transcribe.Core.Consensus;

namespace Transcribe.Core.Tests.Consensus;

public sealed class TokenAlignmentTests
{
    private static List<IReadOnlyList<TextToken>> Tokens(params string[] texts) => texts.Select(TextTokenizer.Tokenize).ToList();

    /// <summary>Renders the alignment as one line per witness, "_" for a gap, so tests read like the alignment.</summary>
    private static string[] Render(List<IReadOnlyList<TextToken>> witnesses, int[][] columns) =>
        witnesses.Select((tokens, w) => string.Join(" ", columns.Select(c => c[w] < 0 ? "_" : tokens[c[w]].Text))).ToArray();

    [Fact]
    public void Tokenize_SplitsPunctuationAndTags_AndRemembersSpacing()
    {
        var tokens = TextTokenizer.Tokenize("here. As\n[unclear]Auden[/unclear] said...");
        Assert.Equal(["here", ".", "As", "[unclear]", "Auden", "[/unclear]", "said", "..."], tokens.Select(t => t.Text));
        Assert.False(tokens[1].SpaceBefore);
        Assert.True(tokens[3].BreakBefore);
        Assert.False(tokens[4].SpaceBefore);
        Assert.Equal("here. As\n[unclear]Auden[/unclear] said...", TextTokenizer.Join(tokens));
    }

    [Fact]
    public void Tokenize_JoinsAWordHyphenatedAtALineEnd_ButKeepsHyphensWithinALine()
    {
        Assert.Equal(["the", "grandfather", "you"], TextTokenizer.Tokenize("the grand-\nfather you").Select(t => t.Text));
        Assert.Equal(["eye", "-", "brows"], TextTokenizer.Tokenize("eye-brows").Select(t => t.Text));
        Assert.Equal(["Paris", "-", "London"], TextTokenizer.Tokenize("Paris -\nLondon").Select(t => t.Text));
    }

    [Fact]
    public void Align_WhenOneWitnessAddsAWord_GivesItAColumnOfItsOwn()
    {
        var witnesses = Tokens("the house is banal", "the house is very banal", "the house is banal");
        var rendered = Render(witnesses, TokenAlignment.Align(witnesses));
        Assert.Equal(["the house is _ banal", "the house is very banal", "the house is _ banal"], rendered);
    }

    [Fact]
    public void Align_WhenWordsAreMisspelt_KeepsTheSpellingsInOneColumn()
    {
        var witnesses = Tokens("any souvenir of you", "any souvener of you", "any souvenirs of you");
        var columns = TokenAlignment.Align(witnesses);
        Assert.Equal(4, columns.Length);
        Assert.All(columns, c => Assert.DoesNotContain(-1, c));
    }

    [Fact]
    public void Align_WhenAWitnessSkipsALine_LeavesGapsNotMismatches()
    {
        var witnesses = Tokens(
            "I keep remembering you. Once smoothing my eyebrows",
            "I keep remembering you. Once smoothing my eyebrows",
            "Once smoothing my eyebrows");
        var rendered = Render(witnesses, TokenAlignment.Align(witnesses));
        Assert.Equal("_ _ _ _ _ Once smoothing my eyebrows", rendered[2]);
    }

    [Fact]
    public void Align_WhenAWitnessIsEmpty_ItIsAllGaps_AndTheOthersStillAlign()
    {
        var witnesses = Tokens("dear sylvia", "", "dear silvia");
        var columns = TokenAlignment.Align(witnesses);
        Assert.Equal(2, columns.Length);
        Assert.All(columns, c => Assert.Equal(-1, c[1]));
        Assert.All(columns, c => Assert.True(c[0] >= 0 && c[2] >= 0));
    }

    [Fact]
    public void Align_WithOneWitness_GivesOneColumnPerToken()
    {
        var witnesses = Tokens("one two three");
        var columns = TokenAlignment.Align(witnesses);
        Assert.Equal([[0], [1], [2]], columns);
    }

    [Fact]
    public void Align_WhenWitnessesOrderTheSameWordsDifferently_NeverPutsTwoWordsOfOneWitnessInOneColumn()
    {
        var witnesses = Tokens("a b c d", "d c b a", "b a d c");
        var columns = TokenAlignment.Align(witnesses);
        for (var w = 0; w < witnesses.Count; w++)
        {
            var used = columns.Select(c => c[w]).Where(i => i >= 0).ToList();
            Assert.Equal(Enumerable.Range(0, witnesses[w].Count), used);
        }
    }
}
