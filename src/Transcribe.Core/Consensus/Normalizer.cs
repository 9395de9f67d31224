using Transcribe.Core.Records;

namespace Transcribe.Core.Consensus;

/// <summary>
/// A value as one witness wrote it (<paramref name="Display"/>, cleaned but with its own spelling)
/// and what it is compared by (<paramref name="Key"/>). <paramref name="Parsed"/> is false when a
/// typed field held something its type could not read; such values still compete, as text.
/// </summary>
public sealed record NormalizedValue(string Display, string Key, bool Parsed, ParsedCoordinate? Coordinate = null)
{
    public bool IsBlank => Key.Length == 0 && Display.Length == 0;
}

/// <summary>The typed normalisers: one rule per field type for what counts as the same value.</summary>
public static class Normalizer
{
    public static NormalizedValue Normalize(FieldType type, string? value, ConsensusSettings settings)
    {
        var display = TextFolding.Clean(value, keepLineBreaks: type == FieldType.LongText);
        if (display.Length == 0) return new NormalizedValue("", "", true);
        return type switch
        {
            FieldType.Integer => Typed(display, NumberFolding.IntegerKey(display), settings),
            FieldType.Decimal => Typed(display, NumberFolding.DecimalKey(display), settings),
            FieldType.Date => Typed(display, DateParsing.ToEdtf(display, settings.DateOrder), settings),
            FieldType.Coordinate => CoordinateParsing.TryParse(display, out var point)
                ? new NormalizedValue(display, point.Canonical, true, point)
                : Typed(display, null, settings),
            FieldType.Choice => new NormalizedValue(display, display, true),
            _ => EmbeddedCoordinate(display) is { } pair
                ? new NormalizedValue(display, pair.Canonical, true, pair)
                : new NormalizedValue(display, TextFolding.Key(display, settings.Abbreviations), true),
        };
    }

    /// <summary>
    /// Remarks columns often hold nothing but a position ("lat. 46°28'N long. 109°51'W"), which
    /// volunteers rewrite freely; such a value compares as a coordinate. Only an unmistakable
    /// pair counts (degree signs or hemispheres), so "12, 14" stays text.
    /// </summary>
    private static ParsedCoordinate? EmbeddedCoordinate(string display) =>
        display.AsSpan().IndexOfAnyInRange('0', '9') >= 0
        && display.AsSpan().IndexOfAny("°NSEWnsew") >= 0
        && CoordinateParsing.TryParse(display, out var pair) && pair.Second is not null
            ? pair
            : null;

    /// <summary>Whether two normalised values are the same value under the field's rule.</summary>
    public static bool Same(NormalizedValue a, NormalizedValue b, ConsensusSettings settings) =>
        a.Coordinate is { } p && b.Coordinate is { } q
            ? p.IsNear(q, settings.CoordinateToleranceDegrees)
            : a.Key == b.Key;

    private static NormalizedValue Typed(string display, string? key, ConsensusSettings settings) =>
        key is null
            ? new NormalizedValue(display, TextFolding.Key(display, settings.Abbreviations), false)
            : new NormalizedValue(display, key, true);
}
