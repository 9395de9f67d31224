using Transcribe.Core.Workflow;

namespace Transcribe.Core.Tests.Workflow;

public sealed class FlagHandlingTests
{
    [Theory]
    [InlineData(PageState.Flagged)]
    [InlineData(PageState.Open)]
    [InlineData(PageState.Consensus)]
    public void ReturnToTranscription_OpensThePage(PageState current)
    {
        var outcome = FlagHandling.Decide(current, FlagAction.ReturnToTranscription);

        Assert.True(outcome.IsAllowed);
        Assert.Equal(PageState.Open, outcome.NewState);
    }

    [Theory]
    [InlineData(PageState.Reconciled)]
    [InlineData(PageState.Review)]
    [InlineData(PageState.Tiling)]
    [InlineData(PageState.Imported)]
    public void ReturnToTranscription_WhereTheLifecycleOrTheImageForbidsIt_IsRefusedWithAReason(PageState current)
    {
        var outcome = FlagHandling.Decide(current, FlagAction.ReturnToTranscription);

        Assert.False(outcome.IsAllowed);
        Assert.Null(outcome.NewState);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Refusal));
    }

    [Theory]
    [InlineData(PageState.Flagged)]
    [InlineData(PageState.Review)]
    public void SetAside_LeavesTheStateAsItIs(PageState current) =>
        Assert.Equal(current, FlagHandling.Decide(current, FlagAction.SetAside).NewState);

    [Fact]
    public void Reasons_ReadAsWords()
    {
        Assert.Equal("Not a ledger page", FlagHandling.DescribeReason("not_ledger"));
        Assert.Equal("Blank page", FlagHandling.DescribeReason("blank"));
        Assert.Equal("something new", FlagHandling.DescribeReason("something new"));
    }

    [Fact]
    public void Outcomes_ReadAsWords_AndActionsHaveTheirStoredNames()
    {
        Assert.Equal("Waiting for a curator", FlagHandling.DescribeOutcome(null));
        Assert.Contains("set aside", FlagHandling.DescribeOutcome(FlagAction.SetAside.ToDb()));
        Assert.Contains("back to transcription", FlagHandling.DescribeOutcome(FlagAction.ReturnToTranscription.ToDb()));
    }
}
