using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Transcribe.Core.Records;

/// <summary>How a project's volunteers write all-numeric dates such as 8/3/1923.</summary>
public enum DateOrder { MonthDayYear, DayMonthYear }

/// <summary>
/// A date as far as the source states it: a year, and optionally a season (EDTF 21-24), a month,
/// or a month and a day. Ledgers often give no more than "Aug 1923", and inventing a day would
/// make two honest transcriptions look different.
/// </summary>
public readonly record struct PartialDate(int Year, int Month = 0, int Day = 0, int Season = 0)
{
    public string ToEdtf() =>
        Season != 0 ? $"{Year:0000}-{Season}"
        : Month == 0 ? $"{Year:0000}"
        : Day == 0 ? $"{Year:0000}-{Month:00}"
        : $"{Year:0000}-{Month:00}-{Day:00}";

    internal int SortKey => Year * 10000 + (Season != 0 ? Season * 100 : Month * 100) + Day;
}

/// <summary>A parsed date or date range, with the EDTF (ISO 8601-2) string used to compare it.</summary>
public sealed record ParsedDate(PartialDate Start, PartialDate? End, bool Uncertain, bool Approximate)
{
    public string Edtf
    {
        get
        {
            var qualifier = (Uncertain, Approximate) switch
            {
                (true, true) => "%",
                (true, false) => "?",
                (false, true) => "~",
                _ => "",
            };
            var start = Start.ToEdtf() + qualifier;
            return End is { } end ? $"{start}/{end.ToEdtf()}{qualifier}" : start;
        }
    }
}

/// <summary>
/// Reads the ways people write dates in ledgers ("Aug. 3, 1923", "3 Aug 1923", "8/3/1923",
/// "3.VIII.1923", "Aug 1923", "1921-22", "ca. 1923?") into one comparable EDTF value, so that
/// volunteers who wrote the same date differently count as agreeing.
/// </summary>
public static partial class DateParsing
{
    /// <summary>The EDTF value of <paramref name="text"/>, or null when it is not a date we can read.</summary>
    public static string? ToEdtf(string? text, DateOrder order) =>
        TryParse(text, order, out var date) ? date.Edtf : null;

    public static bool TryParse(string? text, DateOrder order, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ParsedDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return false;

        var s = Fold(text);
        var uncertain = s.Contains('?');
        s = s.Replace("?", " ");
        var approximate = false;
        var approx = ApproximatePrefix().Match(s);
        if (approx.Success)
        {
            approximate = true;
            s = s[approx.Length..];
        }
        if (s.Contains('~'))
        {
            approximate = true;
            s = s.Replace("~", " ");
        }
        s = s.Trim(' ', ',', '.', ';', ':');
        if (s.Length == 0) return false;

        if (TryParseParts(s, order, out var single) && Complete(single, out var whole))
        {
            date = new ParsedDate(whole, null, uncertain, approximate);
            return true;
        }
        foreach (Match separator in RangeSeparator().Matches(s))
        {
            var left = s[..separator.Index].Trim(' ', ',', '.');
            var right = s[(separator.Index + separator.Length)..].Trim(' ', ',', '.');
            if (left.Length == 0 || right.Length == 0) continue;
            if (TryParseRange(left, right, order, out var start, out var end))
            {
                date = new ParsedDate(start, end, uncertain, approximate);
                return true;
            }
        }
        return false;
    }

    private static bool TryParseRange(string left, string right, DateOrder order, out PartialDate start, out PartialDate end)
    {
        start = end = default;
        if (!TryParseParts(left, order, out var a)) return false;
        // "1921-22": the second year is written with two digits and borrows the first one's century.
        if (TwoDigits().IsMatch(right) && a is { Year: { } y, Month: null, Day: null, Season: null })
        {
            var century = y / 100 * 100;
            var second = century + int.Parse(right, CultureInfo.InvariantCulture);
            if (second <= y) second += 100;
            start = new PartialDate(y);
            end = new PartialDate(second);
            return true;
        }
        if (!TryParseParts(right, order, out var b)) return false;

        // One side often leaves out what the other states: "Aug 3-5, 1923", "3-5 Aug 1923", "Aug-Sep 1923".
        if (a.Year is null) a = a with { Year = b.Year };
        if (b.Day is not null && b.Month is null) b = b with { Month = a.Month };
        if (a.Day is not null && a.Month is null) a = a with { Month = b.Month };
        if (b.Year is null) b = b with { Year = a.Year };

        if (!Complete(a, out start) || !Complete(b, out end)) return false;
        return start.SortKey < end.SortKey;
    }

    private static bool Complete(Parts parts, out PartialDate date)
    {
        date = default;
        if (parts.Year is not { } year) return false;
        if (parts.Season is { } season)
        {
            if (parts.Month is not null || parts.Day is not null) return false;
            date = new PartialDate(year, Season: season);
            return true;
        }
        if (parts.Day is { } day)
        {
            if (parts.Month is not { } m || day > DateTime.DaysInMonth(year, m)) return false;
            date = new PartialDate(year, m, day);
            return true;
        }
        date = new PartialDate(year, parts.Month ?? 0);
        return true;
    }

    private readonly record struct Parts(int? Year, int? Month, int? Day, int? Season);

    /// <summary>Reads one side of a date; it may lack a year or month, which a range can fill in.</summary>
    private static bool TryParseParts(string s, DateOrder order, out Parts parts)
    {
        parts = default;
        var iso = YearFirst().Match(s);
        if (iso.Success)
        {
            parts = new Parts(Number(iso.Groups[1]), OptionalNumber(iso.Groups[2]), OptionalNumber(iso.Groups[3]), null);
            return Valid(parts);
        }
        var numeric = NumericDayMonthYear().Match(s);
        if (numeric.Success)
        {
            var (first, second, year) = (Number(numeric.Groups[1]), Number(numeric.Groups[2]), Number(numeric.Groups[3]));
            // A number above 12 can only be the day, whatever the project's usual order.
            var dayFirst = first > 12 || (second <= 12 && order == DateOrder.DayMonthYear);
            parts = dayFirst ? new Parts(year, second, first, null) : new Parts(year, first, second, null);
            return Valid(parts);
        }
        var monthYear = NumericMonthYear().Match(s);
        if (monthYear.Success)
        {
            parts = new Parts(Number(monthYear.Groups[2]), Number(monthYear.Groups[1]), null, null);
            return Valid(parts);
        }
        return TryParseWords(s, out parts) && Valid(parts);
    }

    private static bool TryParseWords(string s, out Parts parts)
    {
        parts = default;
        int? year = null, month = null, day = null, season = null;
        string? roman = null;
        var position = 0;
        foreach (Match token in WordOrNumber().Matches(s))
        {
            // Anything between tokens other than plain separators means this is not just a date.
            if (s.AsSpan(position, token.Index - position).ContainsAnyExcept(Separators)) return false;
            position = token.Index + token.Length;
            var t = token.Value;
            if (char.IsAsciiDigit(t[0]))
            {
                if (t.Length == 4 && year is null) year = int.Parse(t, CultureInfo.InvariantCulture);
                else if (t.Length <= 2 && day is null) day = int.Parse(t, CultureInfo.InvariantCulture);
                else return false;
            }
            else if (Ignored.Contains(t)) { }
            else if (MonthOf(t) is { } m && month is null) month = m;
            else if (Seasons.TryGetValue(t, out var se) && season is null) season = se;
            else if (Array.IndexOf(RomanMonths, t) is var r and >= 0 && roman is null) roman = RomanMonths[r];
            else return false;
        }
        if (s.AsSpan(position).ContainsAnyExcept(Separators)) return false;
        if (roman is not null)
        {
            if (month is not null) return false;
            month = Array.IndexOf(RomanMonths, roman) + 1;
        }
        if (year is null && month is null && season is null && day is null) return false;
        parts = new Parts(year, month, day, season);
        return true;
    }

    private static bool Valid(Parts p) =>
        (p.Year is null or (>= 1000 and <= 2999))
        && (p.Month is null or (>= 1 and <= 12))
        && (p.Day is null or (>= 1 and <= 31));

    private static int? MonthOf(string word)
    {
        // "Sept." and the old register spelling "Mch." are not prefixes of the month's name.
        if (word == "sept") return 9;
        if (word == "mch") return 3;
        if (word.Length < 3) return null;
        for (var i = 0; i < MonthNames.Length; i++)
            if (MonthNames[i].StartsWith(word, StringComparison.Ordinal)) return i + 1;
        return null;
    }

    private static int Number(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);
    private static int? OptionalNumber(Group g) => g.Success ? Number(g) : null;

    private static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
        {
            sb.Append(c switch
            {
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                '\u2019' or '\u2018' => '\'',
                '[' or ']' or '(' or ')' => ' ',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => c,
            });
        }
        return sb.ToString().Trim();
    }

    private static readonly SearchValues<char> Separators = SearchValues.Create(" ,./-'");

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] RomanMonths = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];

    private static readonly Dictionary<string, int> Seasons = new()
    {
        ["spring"] = 21, ["summer"] = 22, ["autumn"] = 23, ["fall"] = 23, ["winter"] = 24,
    };

    private static readonly HashSet<string> Ignored =
    [
        "st", "nd", "rd", "th", "of", "the", "on", "in", "day",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ];

    [GeneratedRegex(@"^(?:ca\.?|c\.|circa|about|abt\.?|approx\.?|approximately)\s*")]
    private static partial Regex ApproximatePrefix();

    [GeneratedRegex(@"\s*(?:-|/|\bto\b|\bthrough\b|\bthru\b|\buntil\b)\s*")]
    private static partial Regex RangeSeparator();

    [GeneratedRegex(@"^\d{2}$")]
    private static partial Regex TwoDigits();

    [GeneratedRegex(@"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$")]
    private static partial Regex NumericDayMonthYear();

    [GeneratedRegex(@"^(\d{1,2})\s*[-/.]\s*(\d{4})$")]
    private static partial Regex NumericMonthYear();

    [GeneratedRegex(@"\p{L}+|\d+")]
    private static partial Regex WordOrNumber();
}
