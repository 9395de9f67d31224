using Transcribe.Core.Consensus;

namespace Transcribe.Core.Tests.Consensus;

public sealed class LongTextConsensusTests
{
    private static readonly ConsensusSettings Settings = ConsensusSettings.Default;

    private static FieldDecision Decide(params string?[] texts) =>
        FieldConsensus.Decide(FieldType.LongText, texts.Select((t, i) => new Witness(t, 1, $"t{i + 1}")).ToList(), texts.Length, Settings);

    [Fact]
    public void Vote_WhenOneWitnessAddsAWord_TheWordDoesNotSurvive()
    {
        var decision = Decide("The house is banal and desolate.", "The house is very banal and desolate.", "The hause is banal and desolate.");
        Assert.Equal("The house is banal and desolate.", decision.Value);
        Assert.Equal(Decision.Accept, decision.Decision);
    }

    [Fact]
    public void Vote_WhenEachWitnessMakesADifferentSlip_TheConsensusHasNone()
    {
        var decision = Decide(
            "I have even failed to find any souvenir of you",
            "I have evn failed to find any souvenir of you",
            "I have even failed to find any souvener of you",
            "I have even failed to fnd any souvenir of you");
        Assert.Equal("I have even failed to find any souvenir of you", decision.Value);
    }

    [Fact]
    public void Vote_WhenTheWholeTextsAgreeIgnoringCaseAndSpacing_AcceptsTheBestAttestedText()
    {
        var decision = Decide("Dearest Sylvia:\nThe house", "dearest sylvia: the house", "Dearest Sylvia:\nThe house");
        Assert.Equal(Decision.Accept, decision.Decision);
        Assert.Equal("Dearest Sylvia:\nThe house", decision.Value);
        Assert.Equal(1.0, decision.Agreement);
    }

    [Fact]
    public void Vote_WhenAWitnessIsBlank_ItAbstainsFromTheWords()
    {
        var decision = Decide("walking round the drawing room", "", "walking round the drawing-room", "walking round the drawing room");
        Assert.Equal("walking round the drawing room", decision.Value);
        Assert.True(decision.Agreement < 1);
    }

    [Fact]
    public void Vote_WhenMostWitnessesAreBlank_TheFieldIsBlank()
    {
        var decision = Decide("", "a note in the margin", null);
        Assert.Equal("", decision.Value);
    }

    [Fact]
    public void Vote_WithOneWitness_ReturnsItButDoesNotAccept()
    {
        var decision = Decide("only one volunteer read this");
        Assert.Equal("only one volunteer read this", decision.Value);
        Assert.Equal(Decision.More, decision.Decision);
    }

    [Fact]
    public void Vote_WhenAColumnIsSplitEvenly_DoesNotAccept_AndNamesTheDispute()
    {
        var decision = Decide("how did you make yourself so dear", "how did you make yourself so flat");
        Assert.Equal(Decision.More, decision.Decision);
        Assert.Contains("\"dear\"", decision.Reason);
        Assert.Contains("\"flat\"", decision.Reason);
    }

    [Fact]
    public void Vote_KeepsTheWitnessesPunctuationSpacing()
    {
        var decision = Decide("hiding under the bed clothes... (how did", "hiding under the bed clothes...(how did you", "hiding undr the bed clothes... (how did");
        Assert.Equal("hiding under the bed clothes... (how did", decision.Value);
    }

    [Fact]
    public void VoteColumns_ReportsTheEmptyColumnWithItsSupporters()
    {
        var ballots = new[] { "a b c", "a x b c", "a b c" }
            .Select((t, i) => new Ballot(Normalizer.Normalize(FieldType.LongText, t, Settings), 1, $"t{i + 1}")).ToList();
        var outcomes = LongTextConsensus.VoteColumns(ballots, Settings);
        var extra = Assert.Single(outcomes, o => o.Token is null);
        Assert.True(extra.Accepted);
        Assert.Equal(2, extra.Support);
        Assert.Contains(extra.Candidates, c => c.Value == "" && c.Supporters.SequenceEqual(["t1", "t3"]));
    }

    [Fact]
    public void Vote_WhenOnlyOneHalfOfATagPairWins_DropsTheStrayTag()
    {
        var decision = Decide("my [unclear]Auden said so", "my Auden[/unclear] said", "my [unclear]Auden said");
        Assert.Equal("my Auden said", decision.Value);
    }

    [Fact]
    public void Vote_WhenAColumnIsTiedTwoAgainstTwo_SidesWithTheWitnessesWhoAgreeMoreElsewhere()
    {
        // The first witness is careless throughout; on the tied last word the careful pair should win.
        var decision = Decide(
            "tha hoose iz banal and desolute",
            "the house is banal and desolate",
            "the house is banal and desolute",
            "the house is banal and desolate");
        Assert.Equal("the house is banal and desolate", decision.Value);
        Assert.NotEqual(Decision.Accept, decision.Decision);
    }

    [Fact]
    public void Vote_WhenTheTextsAreFarTooLongToAlign_FallsBackToWholeTextsAndSaysSo()
    {
        var huge = string.Join(' ', Enumerable.Repeat("word", LongTextConsensus.MaxAlignedCharacters / 4));
        var decision = Decide(huge, huge + " more", huge + " other");
        Assert.Contains("Too long to align", decision.Reason);
        Assert.Equal(Decision.More, decision.Decision);
    }

    [Fact]
    public void Vote_WithManyDistinctWords_StillAlignsThem()
    {
        var words = Enumerable.Range(0, 2200).Select(i => $"w{i}").ToList();
        var text = string.Join(' ', words);
        var decision = Decide(text, text.Replace("w17 ", "w17 extra ", StringComparison.Ordinal), text.Replace("w2199", "w2198x", StringComparison.Ordinal));
        Assert.Equal(text, decision.Value);
    }
}
