using Transcribe.Core.Consensus;

namespace Transcribe.Core.Tests.Consensus;

public sealed class FieldConsensusTests
{
    private static readonly ConsensusSettings Settings = ConsensusSettings.Default;

    private static FieldDecision Decide(FieldType type, params string?[] values) =>
        FieldConsensus.Decide(type, values.Select((v, i) => new Witness(v, 1, $"t{i + 1}")).ToList(), values.Length, Settings);

    [Fact]
    public void Decide_WhenTwoOfTwoAgree_Accepts()
    {
        var decision = Decide(FieldType.Text, "Fox Hills", "fox hills");
        Assert.Equal(Decision.Accept, decision.Decision);
        Assert.Equal(1.0, decision.Agreement);
    }

    [Fact]
    public void Decide_WhenTwoOfThreeAgree_Accepts_WithAgreementTwoThirds()
    {
        var decision = Decide(FieldType.Integer, "3421", "03421", "3412");
        Assert.Equal(Decision.Accept, decision.Decision);
        Assert.Equal("3421", decision.Value);
        Assert.Equal(2.0 / 3, decision.Agreement, 6);
        Assert.Equal(2, decision.Candidates.Count);
    }

    [Fact]
    public void Decide_WhenTwoDisagreeBelowTheMaximum_AsksForOneMore()
    {
        var decision = Decide(FieldType.Text, "Smith", "Smyth");
        Assert.Equal(Decision.More, decision.Decision);
        Assert.Contains("another transcription", decision.Reason);
    }

    [Fact]
    public void Decide_WhenStillSplitAtTheMaximum_SendsToReview()
    {
        var decision = Decide(FieldType.Text, "Smith", "Smyth", "Smith", "Smythe");
        Assert.Equal(Decision.Review, decision.Decision);
        Assert.Equal("Smith", decision.Value);
        Assert.Equal(0.5, decision.Agreement);
    }

    [Fact]
    public void Decide_WhenOnlyOneTranscriptionExists_AsksForMoreEvenIfItIsSure() =>
        Assert.Equal(Decision.More, Decide(FieldType.Text, "Fox Hills").Decision);

    [Fact]
    public void Decide_WhenAllLeaveItBlank_AcceptsBlank()
    {
        var decision = Decide(FieldType.Text, "", null);
        Assert.Equal(Decision.Accept, decision.Decision);
        Assert.Equal("", decision.Value);
    }

    [Fact]
    public void Decide_WhenDatesAreWrittenDifferently_AcceptsAndKeepsTheBestAttestedVerbatim()
    {
        var decision = Decide(FieldType.Date, "Aug. 3, 1923", "3 Aug 1923", "Aug. 3, 1923");
        Assert.Equal(Decision.Accept, decision.Decision);
        Assert.Equal(1.0, decision.Agreement);
        Assert.Equal("Aug. 3, 1923", decision.Value);
        Assert.Equal("1923-08-03", decision.Normalized);
    }

    [Fact]
    public void Decide_WhenAReliableVolunteerOutweighsTwoWeakOnes_DoesNotAcceptTheWeakPair()
    {
        var witnesses = new List<Witness> { new("Hell Creek", 0.5, "a"), new("Hell Creek", 0.5, "b"), new("Lance", 2.0, "c") };
        var decision = FieldConsensus.Decide(FieldType.Text, witnesses, 3, Settings);
        Assert.Equal("Lance", decision.Value);
        Assert.Equal(Decision.More, decision.Decision);
    }

    [Fact]
    public void Decide_WhenOneAgreesWithTwoOutOfFour_IsNotEnoughForTheThreshold()
    {
        var decision = Decide(FieldType.Choice, "Eocene", "Eocene", "Miocene", "Pliocene");
        Assert.Equal(Decision.Review, decision.Decision);
    }

    [Fact]
    public void Decide_WhenEveryWeightIsZero_CountsEveryoneEqually()
    {
        var witnesses = new List<Witness> { new("A", 0), new("A", 0), new("B", 0) };
        var decision = FieldConsensus.Decide(FieldType.Choice, witnesses, 3, Settings);
        Assert.Equal("A", decision.Value);
        Assert.Equal(2.0, decision.Candidates[0].Support);
    }

    [Fact]
    public void Decide_WithACustomThreshold_RequiresMoreAgreement()
    {
        var strict = Settings with { AgreementThreshold = 0.75 };
        var witnesses = new[] { "A", "A", "B" }.Select(v => new Witness(v)).ToList();
        Assert.Equal(Decision.More, FieldConsensus.Decide(FieldType.Choice, witnesses, 3, strict).Decision);
    }

    [Fact]
    public void Decide_WhenSettingsAreInconsistent_SaysWhich()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            FieldConsensus.Decide(FieldType.Text, [new Witness("a")], 1, Settings with { MaxTranscriptions = 1, MinTranscriptions = 2 }));
        Assert.Contains("MaxTranscriptions", error.Message);
    }

    [Fact]
    public void Decide_ListsEveryCandidateWithItsSupporters()
    {
        var decision = Decide(FieldType.Text, "Lance", "Hell Creek", "Lance");
        Assert.Equal(["t1", "t3"], decision.Candidates[0].Supporters);
        Assert.Equal(["t2"], decision.Candidates[1].Supporters);
        Assert.Equal(1.0, decision.Candidates[1].Support);
    }
}
