using Transcribe.Core.Workflow;

namespace Transcribe.Core.Tests.Workflow;

public sealed class ConsensusVisibilityTests
{
    [Theory]
    [InlineData(PageState.Consensus)]
    [InlineData(PageState.Review)]
    [InlineData(PageState.Approval)]
    [InlineData(PageState.Reconciled)]
    public void Shows_OncePageIsNoLongerCollectingTranscriptions(PageState state) => Assert.True(ConsensusVisibility.Shows(state));

    [Theory]
    [InlineData(PageState.Imported)]
    [InlineData(PageState.Tiling)]
    [InlineData(PageState.Open)]
    [InlineData(PageState.Flagged)]
    public void Hides_WhileThePageMayStillBeTranscribed(PageState state) => Assert.False(ConsensusVisibility.Shows(state));
}
