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

    [Fact]
    public void Distance_WhenCapped_AgreesWithTheFullDistanceOrCapPlusOne()
    {
        var random = new Random(12345);
        string Word() => new(Enumerable.Range(0, random.Next(0, 12)).Select(_ => "abcab"[random.Next(5)]).ToArray());
        for (var n = 0; n < 2000; n++)
        {
            var (a, b, cap) = (Word(), Word(), random.Next(0, 6));
            Assert.Equal(Math.Min(EditDistance.Distance(a, b), cap + 1), EditDistance.Distance(a, b, cap));
        }
    }

    [Fact]
    public void OneKeystrokeApart_ForLongNearlyEqualTexts_IsDecidedAlongTheDiagonal()
    {
        var text = string.Concat(Enumerable.Repeat("the house is banal and desolate ", 20000));
        Assert.True(EditDistance.OneKeystrokeApart(text + "a", text + "b"));
        Assert.False(EditDistance.OneKeystrokeApart(text + "ab", text + "ba "));
    }
}
