using System.Globalization;
using System.Text;

namespace Transcribe.Core.Records;

/// <summary>
/// A coordinate in decimal degrees: a latitude and longitude pair (<see cref="Second"/> set), or a
/// single angle when a template keeps latitude and longitude in separate fields.
/// </summary>
public readonly record struct ParsedCoordinate(double First, double? Second)
{
    /// <summary>Fixed five decimals (about a metre): stable text for keys and exports.</summary>
    public string Canonical => Second is { } second
        ? $"{Format(First)},{Format(second)}"
        : Format(First);

    /// <summary>Same shape and every angle within <paramref name="toleranceDegrees"/>: transcribing is not surveying.</summary>
    public bool IsNear(ParsedCoordinate other, double toleranceDegrees) =>
        Math.Abs(First - other.First) <= toleranceDegrees
        && (Second, other.Second) switch
        {
            (null, null) => true,
            ({ } a, { } b) => Math.Abs(a - b) <= toleranceDegrees,
            _ => false,
        };

    private static string Format(double degrees) => degrees.ToString("0.00000", CultureInfo.InvariantCulture);
}

/// <summary>
/// Reads coordinates as volunteers type them: decimal degrees ("38.8897, -77.0089"), degrees,
/// minutes and seconds with or without symbols ("38°53'23\"N 77°00'32\"W", "38 53 23 N 77 0 32 W"),
/// and degrees with decimal minutes ("N 38° 53.383' W 77° 0.533'").
/// </summary>
public static class CoordinateParsing
{
    public static bool TryParse(string? text, out ParsedCoordinate coordinate)
    {
        coordinate = default;
        if (string.IsNullOrWhiteSpace(text) || !TryTokenize(Fold(text), out var tokens)) return false;

        var angles = new List<Angle>();
        var current = new AngleBuilder();
        foreach (var token in tokens)
        {
            switch (token)
            {
                case { Kind: TokenKind.Separator }:
                    if (!current.CloseInto(angles)) return false;
                    break;
                case { Kind: TokenKind.Hemisphere }:
                    if (current.Numbers.Count == 0)
                    {
                        if (current.Hemisphere is not null) return false;
                        current.Hemisphere = token.Hemisphere;
                    }
                    else if (current.Hemisphere is null)
                    {
                        current.Hemisphere = token.Hemisphere;
                        if (!current.CloseInto(angles)) return false;
                    }
                    else
                    {
                        if (!current.CloseInto(angles)) return false;
                        current.Hemisphere = token.Hemisphere;
                    }
                    break;
                default:
                    if (current.StartsNewAngle(token) && !current.CloseInto(angles)) return false;
                    current.Numbers.Add(token);
                    break;
            }
        }
        if (!current.CloseInto(angles)) return false;
        return TryCombine(angles, out coordinate);
    }

    private static bool TryCombine(List<Angle> angles, out ParsedCoordinate coordinate)
    {
        coordinate = default;
        switch (angles.Count)
        {
            case 1:
                var limit = angles[0].Axis == Axis.Latitude ? 90 : 180;
                if (Math.Abs(angles[0].Degrees) > limit) return false;
                coordinate = new ParsedCoordinate(angles[0].Degrees, null);
                return true;
            case 2:
                var (lat, lon) = angles[0].Axis == Axis.Longitude || angles[1].Axis == Axis.Latitude
                    ? (angles[1], angles[0])
                    : (angles[0], angles[1]);
                if (lat.Axis == Axis.Longitude || lon.Axis == Axis.Latitude) return false;
                if (Math.Abs(lat.Degrees) > 90 || Math.Abs(lon.Degrees) > 180) return false;
                coordinate = new ParsedCoordinate(lat.Degrees, lon.Degrees);
                return true;
            default:
                return false;
        }
    }

    private enum Axis { Unknown, Latitude, Longitude }
    private enum TokenKind { Number, Separator, Hemisphere }
    private enum Unit { None, Degrees, Minutes, Seconds }

    private readonly record struct Token(TokenKind Kind, double Value = 0, Unit Unit = Unit.None, bool Fraction = false, bool Negative = false, char Hemisphere = ' ');
    private readonly record struct Angle(double Degrees, Axis Axis);

    private sealed class AngleBuilder
    {
        public List<Token> Numbers { get; } = [];
        public char? Hemisphere { get; set; }

        /// <summary>Whether a number cannot belong to the angle being read, so it begins the next one.</summary>
        public bool StartsNewAngle(Token number)
        {
            if (Numbers.Count == 0) return false;
            var last = Numbers[^1];
            return number.Unit == Unit.Degrees || number.Negative || last.Fraction || Numbers.Count == 3
                   || (number.Unit == Unit.Minutes && Numbers.Count != 1)
                   || (number.Unit == Unit.Seconds && Numbers.Count != 2);
        }

        public bool CloseInto(List<Angle> angles)
        {
            if (Numbers.Count == 0)
            {
                var ok = Hemisphere is null;
                Hemisphere = null;
                return ok;
            }
            var degrees = 0.0;
            for (var i = 0; i < Numbers.Count; i++)
            {
                var n = Numbers[i];
                if (n.Unit != Unit.None && n.Unit != (Unit)(i + 1)) return false;
                if (i > 0 && n.Value >= 60) return false;
                degrees += n.Value / Math.Pow(60, i);
            }
            if (Numbers[0].Negative || Hemisphere is 'S' or 'W') degrees = -degrees;
            var axis = Hemisphere switch
            {
                'N' or 'S' => Axis.Latitude,
                'E' or 'W' => Axis.Longitude,
                _ => Axis.Unknown,
            };
            angles.Add(new Angle(degrees, axis));
            Numbers.Clear();
            Hemisphere = null;
            return true;
        }
    }

    private static bool TryTokenize(string s, out List<Token> tokens)
    {
        tokens = [];
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == ' ') { i++; continue; }
            if (c is ',' or ';' or '/') { tokens.Add(new Token(TokenKind.Separator)); i++; continue; }
            if (char.IsAsciiDigit(c) || ((c is '-' or '+' or '.') && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1])))
            {
                var negative = c == '-';
                var start = c is '-' or '+' ? i + 1 : i;
                var end = start;
                while (end < s.Length && (char.IsAsciiDigit(s[end]) || s[end] == '.')) end++;
                var literal = s[start..end];
                if (!double.TryParse(literal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return false;
                i = end;
                while (i < s.Length && s[i] == ' ') i++;
                var unit = Unit.None;
                if (i < s.Length && s[i] == '°') { unit = Unit.Degrees; i++; }
                else if (i + 1 < s.Length && s[i] == '\'' && s[i + 1] == '\'') { unit = Unit.Seconds; i += 2; }
                else if (i < s.Length && s[i] == '\'') { unit = Unit.Minutes; i++; }
                else if (i < s.Length && s[i] == '"') { unit = Unit.Seconds; i++; }
                tokens.Add(new Token(TokenKind.Number, value, unit, literal.Contains('.'), negative));
                continue;
            }
            if (char.IsAsciiLetterUpper(c))
            {
                var end = i;
                while (end < s.Length && char.IsAsciiLetterUpper(s[end])) end++;
                var word = s[i..end];
                i = end;
                var hemisphere = word switch
                {
                    "N" or "NORTH" => 'N',
                    "S" or "SOUTH" => 'S',
                    "E" or "EAST" => 'E',
                    "W" or "WEST" => 'W',
                    "LAT" or "LATITUDE" or "LON" or "LONG" or "LNG" or "LONGITUDE" => ' ',
                    _ => '?',
                };
                if (hemisphere == '?') return false;
                if (hemisphere != ' ') tokens.Add(new Token(TokenKind.Hemisphere, Hemisphere: hemisphere));
                continue;
            }
            if (c is ':' or '.') { i++; continue; }
            return false;
        }
        return tokens.Count > 0;
    }

    private static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC).ToUpperInvariant())
        {
            sb.Append(c switch
            {
                'º' or '˚' or '∘' => '°',
                '′' or '’' or '‘' or '`' or '´' => '\'',
                '″' or '”' or '“' => '"',
                '\u2212' or '\u2013' or '\u2014' => '-',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => c,
            });
        }
        return sb.ToString().Replace("DEG", "°", StringComparison.Ordinal).Trim();
    }
}
