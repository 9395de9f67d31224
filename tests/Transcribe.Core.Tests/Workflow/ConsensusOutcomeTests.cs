using Transcribe.Core.Consensus;
using Transcribe.Core.Workflow;

namespace Transcribe.Core.Tests.Workflow;

public sealed class ConsensusOutcomeTests
{
    [Fact]
    public void Apply_WhenAccepted_SendsThePageForApproval()
    {
        var after = ConsensusOutcome.Apply(PageState.Consensus, Decision.Accept, transcriptionCount: 2, transcriptionsNeeded: 2, maxTranscriptions: 4);

        Assert.Equal(new PageAfterConsensus(PageState.Approval, 2), after);
    }

    [Fact]
    public void Apply_WhenMoreIsWantedBelowTheMaximum_ReopensThePageForExactlyOneMoreTranscription()
    {
        var after = ConsensusOutcome.Apply(PageState.Consensus, Decision.More, transcriptionCount: 2, transcriptionsNeeded: 2, maxTranscriptions: 4);

        Assert.Equal(new PageAfterConsensus(PageState.Open, 3), after);
    }

    [Fact]
    public void Apply_WhenMoreIsWantedAtTheMaximum_SendsThePageToReview()
    {
        var after = ConsensusOutcome.Apply(PageState.Consensus, Decision.More, transcriptionCount: 4, transcriptionsNeeded: 4, maxTranscriptions: 4);

        Assert.Equal(new PageAfterConsensus(PageState.Review, 4), after);
    }

    [Fact]
    public void Apply_WhenTheEngineSaysReview_SendsThePageToReview()
    {
        var after = ConsensusOutcome.Apply(PageState.Consensus, Decision.Review, transcriptionCount: 2, transcriptionsNeeded: 2, maxTranscriptions: 4);

        Assert.Equal(new PageAfterConsensus(PageState.Review, 2), after);
    }

    [Theory]
    [InlineData(PageState.Open)]
    [InlineData(PageState.Review)]
    [InlineData(PageState.Approval)]
    [InlineData(PageState.Reconciled)]
    [InlineData(PageState.Flagged)]
    public void Apply_ToAPageNotWaitingForConsensus_LeavesItWhereItIs(PageState state)
    {
        foreach (var decision in Enum.GetValues<Decision>())
            Assert.Equal(new PageAfterConsensus(state, 3), ConsensusOutcome.Apply(state, decision, transcriptionCount: 3, transcriptionsNeeded: 3, maxTranscriptions: 4));
    }

    [Fact]
    public void Apply_OnlyEverMakesMovesThePageLifecycleAllows()
    {
        foreach (var decision in Enum.GetValues<Decision>())
        foreach (var count in new[] { 1, 2, 4 })
        {
            var after = ConsensusOutcome.Apply(PageState.Consensus, decision, count, count, maxTranscriptions: 4);
            Assert.True(PageStates.CanMove(PageState.Consensus, after.State), $"{decision} at {count}: consensus -> {after.State}");
        }
    }
}
