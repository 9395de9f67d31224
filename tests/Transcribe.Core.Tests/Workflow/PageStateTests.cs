using Transcribe.Core.Workflow;

namespace Transcribe.Core.Tests.Workflow;

public sealed class PageStateTests
{
    [Theory]
    [InlineData(PageState.Imported, PageState.Tiling)]
    [InlineData(PageState.Tiling, PageState.Open)]
    [InlineData(PageState.Open, PageState.Consensus)]
    [InlineData(PageState.Consensus, PageState.Review)]
    [InlineData(PageState.Approval, PageState.Reconciled)]
    [InlineData(PageState.Review, PageState.Flagged)]
    public void CanMove_AlongTheLifecycle_IsAllowed(PageState from, PageState to) => Assert.True(PageStates.CanMove(from, to));

    [Theory]
    [InlineData(PageState.Tiling, PageState.Reconciled)]
    [InlineData(PageState.Open, PageState.Approval)]
    [InlineData(PageState.Reconciled, PageState.Open)]
    [InlineData(PageState.Flagged, PageState.Flagged)]
    public void CanMove_SkippingOrGoingBack_IsRefused(PageState from, PageState to) => Assert.False(PageStates.CanMove(from, to));

    [Fact]
    public void DbNames_RoundTripForEveryState()
    {
        foreach (var state in Enum.GetValues<PageState>())
            Assert.Equal(state, PageStates.FromDb(state.ToDb()));
        Assert.Throws<ArgumentException>(() => PageStates.FromDb("Open"));
        Assert.Throws<ArgumentException>(() => PageStates.FromDb("lost"));
    }
}
