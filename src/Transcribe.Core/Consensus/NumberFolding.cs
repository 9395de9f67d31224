using System.Text;

namespace Transcribe.Core.Consensus;

/// <summary>
/// Canonical text for numbers as volunteers type them: leading zeros, thousands separators
/// (comma, point, apostrophe or space) and trailing decimal zeros do not make a different number.
/// Works on the digits as text, so no value is too long and nothing is rounded.
/// </summary>
public static class NumberFolding
{
    /// <summary>"007" = "7", "1,234" = "1.234" = "1 234" = "1234"; null when it is not an integer.</summary>
    public static string? IntegerKey(string? text)
    {
        if (!TrySign(text, out var negative, out var body)) return null;
        if (!TryUngroup(body, out var digits)) return null;
        return Canonical(negative, digits, "");
    }

    /// <summary>
    /// "1,234.50" = "1234.5" = "1.234,5"; with a single separator, a point is a decimal point, and a
    /// comma is a decimal comma unless exactly three digits follow it ("1,234" is a thousand and more).
    /// </summary>
    public static string? DecimalKey(string? text)
    {
        if (!TrySign(text, out var negative, out var body)) return null;
        var lastPoint = body.LastIndexOf('.');
        var lastComma = body.LastIndexOf(',');
        int separatorAt;
        if (lastPoint >= 0 && lastComma >= 0) separatorAt = Math.Max(lastPoint, lastComma);
        else if (lastPoint >= 0) separatorAt = body.IndexOf('.') == lastPoint ? lastPoint : -1;
        else if (lastComma >= 0)
        {
            var single = body.IndexOf(',') == lastComma;
            var thousands = single && body.Length - lastComma - 1 == 3 && lastComma is >= 1 and <= 3 && body[0] != '0';
            separatorAt = single && !thousands ? lastComma : -1;
        }
        else separatorAt = -1;

        var whole = separatorAt >= 0 ? body[..separatorAt] : body;
        var fraction = separatorAt >= 0 ? body[(separatorAt + 1)..] : "";
        if (whole.Length == 0) whole = "0";
        if (!TryUngroup(whole, out var digits) || !fraction.All(char.IsAsciiDigit)) return null;
        return Canonical(negative, digits, fraction.TrimEnd('0'));
    }

    private static bool TrySign(string? text, out bool negative, out string body)
    {
        var s = new string(TextFolding.Clean(text).Select(TextFolding.FoldChar).ToArray());
        negative = s.StartsWith('-');
        body = s.TrimStart('-', '+').Trim();
        return body.Length > 0;
    }

    /// <summary>Removes thousands separators, which must all be the same character and group by three.</summary>
    private static bool TryUngroup(string whole, out string digits)
    {
        digits = "";
        var separator = whole.FirstOrDefault(c => !char.IsAsciiDigit(c));
        if (separator == default)
        {
            digits = whole;
            return true;
        }
        if (separator is not (',' or '.' or '\'' or ' ')) return false;
        var groups = whole.Split(separator);
        if (groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3)) return false;
        if (!groups.All(g => g.All(char.IsAsciiDigit))) return false;
        digits = string.Concat(groups);
        return true;
    }

    private static string Canonical(bool negative, string digits, string fraction)
    {
        var whole = digits.TrimStart('0');
        if (whole.Length == 0) whole = "0";
        var sb = new StringBuilder();
        if (negative && (whole != "0" || fraction.Length > 0)) sb.Append('-');
        sb.Append(whole);
        if (fraction.Length > 0) sb.Append('.').Append(fraction);
        return sb.ToString();
    }
}
