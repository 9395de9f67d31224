using Transcribe.Core.Workflow;

namespace Transcribe.Core.Tests.Workflow;

public sealed class PageProgressTests
{
    [Fact]
    public void FromStates_GathersEveryStateIntoItsStage_AndKeepsFlaggedApart()
    {
        var progress = PageProgress.FromStates(new Dictionary<string, int>
        {
            ["imported"] = 1, ["tiling"] = 2, ["open"] = 3, ["consensus"] = 4,
            ["review"] = 5, ["approval"] = 6, ["reconciled"] = 7, ["flagged"] = 8,
        });

        Assert.Equal(new PageProgress(Open: 6, Consensus: 4, Review: 11, Done: 7, Flagged: 8), progress);
        Assert.Equal(28, progress.Total);
    }

    [Fact]
    public void Shares_OfAnEmptyProject_AreZero()
    {
        var progress = PageProgress.FromStates([]);

        Assert.Equal(0, progress.Share(ProgressStage.Done));
        Assert.Equal(0, progress.Percent(ProgressStage.Open));
    }

    [Fact]
    public void Shares_AddUpToTheWholeBar()
    {
        var progress = new PageProgress(1, 1, 1, 0, 5);

        Assert.Equal(100, Enum.GetValues<ProgressStage>().Sum(progress.Share), precision: 9);
        Assert.Equal(33, progress.Percent(ProgressStage.Open));
    }

    [Theory]
    [InlineData(399, 400, 99)]
    [InlineData(1, 400, 1)]
    [InlineData(200, 400, 50)]
    [InlineData(400, 400, 100)]
    [InlineData(0, 400, 0)]
    [InlineData(3, 0, 0)]
    public void Readable_SaysAllOrNoneOnlyWhenItIs(long part, long whole, int expected) =>
        Assert.Equal(expected, Percentages.Readable(part, whole));
}
