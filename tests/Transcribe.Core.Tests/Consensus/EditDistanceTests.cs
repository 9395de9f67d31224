using Transcribe.Core.Consensus;

namespace Transcribe.Core.Tests.Consensus;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("smith", "smith", 0)]
    [InlineData("smith", "smtih", 1)]
    [InlineData("smith", "smyth", 1)]
    [InlineData("smith", "smiths", 1)]
    [InlineData("smith", "", 5)]
    [InlineData("kitten", "sitting", 3)]
    public void Distance_CountsASwapOfNeighboursAsOneEdit(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Distance(a, b));

    [Fact]
    public void Distance_WhenCappedAndClearlyFurther_StopsAtCapPlusOne() =>
        Assert.Equal(3, EditDistance.Distance("abcdefgh", "zyxwvuts", 2));

    [Fact]
    public void OneKeystrokeApart_IsFalseForShortValuesWhereOneKeystrokeIsADifferentValue()
    {
        Assert.True(EditDistance.OneKeystrokeApart("formation", "fromation"));
        Assert.False(EditDistance.OneKeystrokeApart("12", "13"));
        Assert.False(EditDistance.OneKeystrokeApart("smith", "smith"));
        Assert.False(EditDistance.OneKeystrokeApart("smith", "smythe"));
    }
}
