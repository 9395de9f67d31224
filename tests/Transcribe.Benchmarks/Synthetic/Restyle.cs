using Transcribe.DemoLedger;
using System.Globalization;
using System.Text.RegularExpressions;
using Transcribe.Core.Records;

namespace Transcribe.Benchmarks.Synthetic;

/// <summary>
/// The same value written another way: case, full stops, spacing, an abbreviation expanded or
/// contracted, a date or a coordinate in another notation. Harmless to a reader, and to the
/// engine when its normalisers work; fatal to exact matching.
/// </summary>
public static partial class Restyle
{
    private static readonly string[] MonthAbbreviations = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
    private static readonly string[] MonthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    public static string Apply(string field, string value, IReadOnlyDictionary<string, string> abbreviations, Prng rng)
    {
        if (value.Length == 0) return value;
        if (field == "date" && Date(value, rng) is { } date) return date;
        if (Coordinate(value, rng) is { } coordinate) return coordinate;
        return rng.Next(4) switch
        {
            // Nobody expands a collector's initial "L." to "Lower": abbreviations are for places and rocks.
            0 => (field == "collector" ? null : Abbreviation(value, abbreviations, rng)) ?? value.ToLowerInvariant(),
            1 => rng.Chance(0.5) ? value.ToLowerInvariant() : value.ToUpperInvariant(),
            2 => value.Replace(".", "", StringComparison.Ordinal),
            _ => value.Replace(", ", ",", StringComparison.Ordinal).Replace(" ", "  ", StringComparison.Ordinal),
        };
    }

    private static string? Abbreviation(string value, IReadOnlyDictionary<string, string> abbreviations, Prng rng)
    {
        var options = new List<string>();
        foreach (var (shortForm, longForm) in abbreviations)
        {
            if (ContainsWord(value, shortForm)) options.Add(ReplaceWord(value, shortForm, longForm));
            if (ContainsWord(value, longForm)) options.Add(ReplaceWord(value, longForm, shortForm));
        }
        return options.Count == 0 ? null : rng.Pick(options);
    }

    private static bool ContainsWord(string value, string word) =>
        Regex.IsMatch(value, $@"(?<![\p{{L}}.]){Regex.Escape(word)}(?![\p{{L}}])");

    private static string ReplaceWord(string value, string from, string to) =>
        Regex.Replace(value, $@"(?<![\p{{L}}.]){Regex.Escape(from)}(?![\p{{L}}])", to.Replace("$", "$$", StringComparison.Ordinal));

    private static string? Date(string value, Prng rng)
    {
        if (!DateParsing.TryParse(value, DateOrder.MonthDayYear, out var parsed) || parsed.Uncertain || parsed.Approximate) return null;
        var (start, end) = (parsed.Start, parsed.End);
        if (start.Season != 0) return null;
        var y = start.Year;
        if (end is { } e)
        {
            // Day ranges within one month: "June 11-15, 1911" and "11-15 June 1911".
            if (start.Day == 0 || e.Day == 0 || e.Month != start.Month || e.Year != y) return null;
            return rng.Chance(0.5)
                ? $"{MonthAbbreviations[start.Month - 1]} {start.Day}-{e.Day}, {y}"
                : $"{start.Day}-{e.Day} {MonthNames[start.Month - 1]} {y}";
        }
        if (start.Month == 0) return null;
        var m = start.Month;
        if (start.Day == 0)
        {
            return rng.Next(3) switch
            {
                0 => $"{MonthAbbreviations[m - 1]} {y}",
                1 => $"{MonthNames[m - 1]} {y}",
                _ => $"{m}/{y}",
            };
        }
        var d = start.Day;
        return rng.Next(6) switch
        {
            0 => $"{MonthAbbreviations[m - 1]} {d}, {y}",
            1 => $"{d} {MonthNames[m - 1]} {y}",
            2 => $"{MonthNames[m - 1]} {d}, {y}",
            3 => $"{m}/{d}/{y}",
            4 => $"{y}-{m:00}-{d:00}",
            _ => $"{d}.{Roman[m - 1]}.{y}",
        };
    }

    private static string? Coordinate(string value, Prng rng)
    {
        if (!LatLong().IsMatch(value) || !CoordinateParsing.TryParse(value, out var point) || point.Second is not { } longitude) return null;
        var latitude = point.First;
        string Dm(double v) => $"{(int)Math.Round(Math.Abs(v) * 60) / 60}°{(int)Math.Round(Math.Abs(v) * 60) % 60:00}'";
        string D(double v) => Math.Abs(v).ToString("0.000", CultureInfo.InvariantCulture);
        var ns = latitude >= 0 ? "N" : "S";
        var ew = longitude >= 0 ? "E" : "W";
        return rng.Next(4) switch
        {
            0 => $"{Dm(latitude)}{ns} {Dm(longitude)}{ew}",
            1 => $"{Dm(latitude)} {ns}, {Dm(longitude)} {ew}",
            2 => $"{ns} {Dm(latitude)} {ew} {Dm(longitude)}",
            _ => $"{D(latitude)}°{ns} {D(longitude)}°{ew}",
        };
    }

    [GeneratedRegex(@"^lat\. .* long\. ")]
    private static partial Regex LatLong();
}
