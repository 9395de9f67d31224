using Transcribe.Core.Consensus;
using Transcribe.Core.Records;

namespace Transcribe.Core.Tests.Consensus;

public sealed class NormalizerTests
{
    private static readonly ConsensusSettings Settings = new(Abbreviations: new Dictionary<string, string> { ["Fm."] = "Formation" });

    private static bool Same(FieldType type, string a, string b, ConsensusSettings? settings = null)
    {
        var s = settings ?? Settings;
        return Normalizer.Same(Normalizer.Normalize(type, a, s), Normalizer.Normalize(type, b, s), s);
    }

    [Fact]
    public void Text_WhenOnlyCasePunctuationOrAbbreviationDiffer_IsTheSameValue()
    {
        Assert.True(Same(FieldType.Text, "Hell Creek Fm.", "hell creek formation"));
        Assert.False(Same(FieldType.Text, "Hell Creek", "Hell Greek"));
    }

    [Fact]
    public void Text_KeepsTheWitnessSpellingForDisplay()
    {
        var value = Normalizer.Normalize(FieldType.Text, "  Hell  Creek Fm. ", Settings);
        Assert.Equal("Hell Creek Fm.", value.Display);
        Assert.Equal("hell creek formation", value.Key);
    }

    [Fact]
    public void Integer_WhenWrittenWithLeadingZerosOrSeparators_IsTheSameValue()
    {
        Assert.True(Same(FieldType.Integer, "01,234", "1234"));
        Assert.False(Same(FieldType.Integer, "1234", "1243"));
    }

    [Fact]
    public void Decimal_WhenTrailingZerosDiffer_IsTheSameValue() =>
        Assert.True(Same(FieldType.Decimal, "12.50", "12.5"));

    [Fact]
    public void Date_WhenWrittenInDifferentStyles_IsTheSameValue_AndTheKeyIsEdtf()
    {
        Assert.True(Same(FieldType.Date, "Aug. 3, 1923", "8/3/1923"));
        Assert.False(Same(FieldType.Date, "8/3/1923", "3 Aug 1923", Settings with { DateOrder = DateOrder.DayMonthYear }));
        var value = Normalizer.Normalize(FieldType.Date, "Aug. 3, 1923", Settings);
        Assert.Equal("1923-08-03", value.Key);
        Assert.Equal("Aug. 3, 1923", value.Display);
    }

    [Fact]
    public void Date_WhenUnreadable_IsComparedAsTextAndMarkedUnparsed()
    {
        var value = Normalizer.Normalize(FieldType.Date, "Same as above", Settings);
        Assert.False(value.Parsed);
        Assert.True(Same(FieldType.Date, "Same as above", "same as above."));
    }

    [Fact]
    public void Coordinate_WhenDmsAndDecimalAgreeWithinTolerance_IsTheSameValue()
    {
        Assert.True(Same(FieldType.Coordinate, "38°53'23\"N 77°00'32\"W", "38.8897, -77.0089"));
        Assert.False(Same(FieldType.Coordinate, "38°53'23\"N 77°00'32\"W", "38°58'23\"N 77°00'32\"W"));
        Assert.True(Same(FieldType.Coordinate, "38.8897, -77.0089", "38.8905, -77.0089", Settings with { CoordinateToleranceDegrees = 0.001 }));
        Assert.False(Same(FieldType.Coordinate, "38.8897, -77.0089", "38.8905, -77.0089", Settings with { CoordinateToleranceDegrees = 0.0001 }));
    }

    [Fact]
    public void Choice_IsComparedExactly()
    {
        Assert.True(Same(FieldType.Choice, " Cretaceous ", "Cretaceous"));
        Assert.False(Same(FieldType.Choice, "Cretaceous", "cretaceous"));
    }

    [Fact]
    public void Blank_WhetherNullOrWhitespace_IsOneBlankValue()
    {
        Assert.True(Normalizer.Normalize(FieldType.Text, null, Settings).IsBlank);
        Assert.True(Normalizer.Normalize(FieldType.Date, "   ", Settings).IsBlank);
        Assert.True(Same(FieldType.Integer, "", " "));
    }

    [Fact]
    public void Text_WhenTheWholeValueIsACoordinatePair_ComparesItAsACoordinate()
    {
        Assert.True(Same(FieldType.Text, "lat. 46°28'N long. 109°51'W", "46° 28' N, 109° 51' W"));
        Assert.False(Same(FieldType.Text, "lat. 46°28'N long. 109°51'W", "lat. 46°28'N long. 109°57'W"));
        Assert.False(Normalizer.Normalize(FieldType.Text, "12, 14", Settings).Coordinate.HasValue);
        Assert.False(Normalizer.Normalize(FieldType.Text, "see also 3514", Settings).Coordinate.HasValue);
    }
}
