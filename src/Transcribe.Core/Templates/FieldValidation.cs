using System.Globalization;
using System.Text.RegularExpressions;
using Transcribe.Core.Records;

namespace Transcribe.Core.Templates;

/// <summary>
/// Whether a value a volunteer typed fits its field. Values are kept verbatim whatever happens here;
/// a problem is shown beside the field as they type (see Entry.EntryRules for which ones block a submit).
/// </summary>
public static class FieldValidation
{
    static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);
    public static readonly IReadOnlyList<string> Yes = ["yes", "y", "true", "x", "✓"];
    public static readonly IReadOnlyList<string> No = ["no", "n", "false", "-"];

    /// <returns>A message for the volunteer, or null when the value is fine.</returns>
    public static string? Problem(TemplateField field, string? value, DateOrder dateOrder = DateOrder.MonthDayYear)
    {
        string text = (value ?? "").Trim();
        if (text.Length == 0) return field.Required ? $"{field.Label} is required: type what the ledger says, or flag the page if it is unreadable." : null;
        string? typeProblem = field.Kind switch
        {
            FieldKind.Integer => IsInteger(text) ? null : "Type a whole number (digits only, e.g. 4187).",
            FieldKind.Decimal => IsDecimal(text) ? null : "Type a number, e.g. 12.5.",
            FieldKind.Date => DateParsing.TryParse(text, dateOrder, out _) ? null
                : "This does not read as a date. Dates may be partial or ranges (\"Aug. 1923\", \"1921-22\", \"3 Aug 1923\").",
            FieldKind.Coordinate => CoordinateParsing.TryParse(text, out _) ? null
                : "This does not read as a coordinate (e.g. 42°46'N 104°27'W, or 42.77, -104.45).",
            FieldKind.Choice => field.ChoiceList.Contains(text, StringComparer.OrdinalIgnoreCase) ? null
                : "Pick one of: " + string.Join(", ", field.ChoiceList) + ".",
            FieldKind.YesNo => Yes.Contains(text, StringComparer.OrdinalIgnoreCase) || No.Contains(text, StringComparer.OrdinalIgnoreCase)
                ? null : "Answer yes or no.",
            _ => null,
        };
        if (typeProblem is not null) return typeProblem;
        if (!string.IsNullOrEmpty(field.Pattern) && !MatchesPattern(field.Pattern, text))
            return $"{field.Label} does not have the expected form." + (field.Help.Length > 0 ? " " + field.Help : "");
        return null;
    }

    // Ledgers write thousands with commas and numbers with leading zeros; both are still numbers.
    static bool IsInteger(string text) =>
        long.TryParse(text.Replace(",", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    static bool IsDecimal(string text) =>
        decimal.TryParse(text.Replace(",", ""), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);

    /// <summary>A curator's pattern must match the whole value; one that runs too long counts as no match.</summary>
    public static bool MatchesPattern(string pattern, string text)
    {
        try
        {
            return Regex.IsMatch(text, $"^(?:{pattern})$", RegexOptions.CultureInvariant, PatternTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
