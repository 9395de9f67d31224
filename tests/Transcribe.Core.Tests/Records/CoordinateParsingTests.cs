using Transcribe.Core.Records;

namespace Transcribe.Core.Tests.Records;

public sealed class CoordinateParsingTests
{
    [Theory]
    [InlineData("38°53'23\"N 77°00'32\"W")]
    [InlineData("38° 53′ 23″ N, 77° 0′ 32″ W")]
    [InlineData("38 53 23 N 77 0 32 W")]
    [InlineData("N 38° 53.383' W 77° 0.533'")]
    [InlineData("38.88972, -77.00889")]
    [InlineData("38.88972 -77.00889")]
    [InlineData("77°00'32\"W 38°53'23\"N")]
    [InlineData("lat 38.88972 lon -77.00889")]
    [InlineData("38 deg 53' 23\" N; 77 deg 0' 32\" W")]
    public void TryParse_WhenOnePlaceIsWrittenInDmsOrDecimal_GivesTheSamePointWithinAnArcSecond(string written)
    {
        Assert.True(CoordinateParsing.TryParse(written, out var point));
        Assert.Equal(38.88972, point.First, 0.0003);
        Assert.NotNull(point.Second);
        Assert.Equal(-77.00889, point.Second!.Value, 0.0003);
    }

    [Theory]
    [InlineData("38°53'23\"N", 38.88972)]
    [InlineData("77°0'32\"W", -77.00889)]
    [InlineData("-45.5", -45.5)]
    public void TryParse_WhenOnlyOneAngleIsGiven_ReadsItAsASingleAngle(string written, double degrees)
    {
        Assert.True(CoordinateParsing.TryParse(written, out var angle));
        Assert.Equal(degrees, angle.First, 0.0003);
        Assert.Null(angle.Second);
    }

    [Theory]
    [InlineData("")]
    [InlineData("near the creek")]
    [InlineData("38°75'00\"N 77°0'0\"W")]
    [InlineData("95.0, 10.0")]
    [InlineData("38°N 39°N")]
    [InlineData("1, 2, 3")]
    public void TryParse_WhenTheTextIsNotAValidCoordinate_Fails(string written) =>
        Assert.False(CoordinateParsing.TryParse(written, out _));

    [Fact]
    public void IsNear_WhenTwoPointsDifferByRoundingOnly_IsTrue_AndByAMinute_IsFalse()
    {
        var dms = new ParsedCoordinate(38.889722, -77.008889);
        Assert.True(dms.IsNear(new ParsedCoordinate(38.8897, -77.0089), 0.001));
        Assert.False(dms.IsNear(new ParsedCoordinate(38.906389, -77.008889), 0.001));
        Assert.False(dms.IsNear(new ParsedCoordinate(38.889722, null), 0.001));
    }

    [Fact]
    public void Canonical_WritesFiveDecimalsLatitudeFirst() =>
        Assert.Equal("38.88972,-77.00889", new ParsedCoordinate(38.889722, -77.008889).Canonical);
}
