using Transcribe.Core.Consensus;

namespace Transcribe.Core.Tests.Consensus;

public sealed class ReliabilityTests
{
    [Fact]
    public void Weight_ForANewVolunteer_IsNeutral() =>
        Assert.Equal(1.0, Reliability.Weight(0, 0), 9);

    [Fact]
    public void Weight_GrowsWithMeasuredAgreement_AndShrinksWithDisagreement()
    {
        Assert.True(Reliability.Weight(92, 100) > Reliability.Weight(90, 100));
        Assert.True(Reliability.Weight(600, 1000) < Reliability.Weight(800, 1000));
        Assert.True(Reliability.Weight(800, 1000) < 1.0);
    }

    [Fact]
    public void Weight_AfterAFewFields_StaysCloseToNeutral()
    {
        Assert.InRange(Reliability.Weight(3, 3), 1.0, 1.25);
        Assert.InRange(Reliability.Weight(0, 3), 0.5, 0.99);
    }

    [Fact]
    public void Weight_OfTheMostReliableVolunteer_CannotBlockTwoAgreeingNewcomers()
    {
        var veteran = Reliability.Weight(100000, 100000);
        var newcomer = Reliability.Weight(0, 0);
        Assert.True(DecisionRule.IsAccepted(2 * newcomer, 2 * newcomer + veteran, 2, ConsensusSettings.Default));
    }

    [Fact]
    public void Weight_IsClampedSoNoOneIsSilencedOrDominates()
    {
        Assert.Equal(Reliability.MaxWeight, Reliability.Weight(100000, 100000));
        Assert.Equal(Reliability.MinWeight, Reliability.Weight(0, 100000));
    }

    [Fact]
    public void Score_IsTheLaplaceSmoothedAgreementRate()
    {
        var prior = new ReliabilityPrior(Mean: 0.5 + 0.25, Strength: 4);
        Assert.Equal((6 + 3.0) / (8 + 4), Reliability.Score(6, 8, prior), 9);
    }

    [Fact]
    public void Score_WhenAgreedExceedsCompared_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Reliability.Score(5, 3));
}
