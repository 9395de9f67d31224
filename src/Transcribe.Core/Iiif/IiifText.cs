using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Transcribe.Core.Iiif;

/// <summary>
/// Turns the many shapes of IIIF text into one plain string: Presentation 3 language maps
/// (<c>{"en": ["..."], "none": ["..."]}</c>) and 2.1's plain strings, arrays and
/// <c>{"@value", "@language"}</c> objects. Both versions allow a little HTML in labels and values;
/// we keep only its text, because our pages print these values HTML-encoded.
/// </summary>
internal static partial class IiifText
{
    /// <summary>
    /// The values in <paramref name="language"/> (or a regional variant of it), else those with no
    /// language, else those of the first language given; several values are joined with "; ".
    /// </summary>
    public static string? Pick(JsonElement? value, string language)
    {
        if (value is not { } element) return null;
        var entries = new List<(string? Language, string Text)>();
        Collect(element, null, entries, depth: 0);
        if (entries.Count == 0) return null;

        var chosen = entries.Where(e => Matches(e.Language, language)).ToList();
        if (chosen.Count == 0) chosen = [.. entries.Where(e => e.Language is null)];
        if (chosen.Count == 0) chosen = [.. entries.Where(e => e.Language == entries[0].Language)];

        var texts = chosen.Select(e => Clean(e.Text)).Where(t => t.Length > 0).Distinct().ToList();
        return texts.Count == 0 ? null : string.Join("; ", texts);
    }

    private static bool Matches(string? candidate, string wanted) =>
        candidate is not null
        && (string.Equals(candidate, wanted, StringComparison.OrdinalIgnoreCase)
            || candidate.StartsWith(wanted + "-", StringComparison.OrdinalIgnoreCase));

    private static void Collect(JsonElement element, string? language, List<(string?, string)> into, int depth)
    {
        // Depth guard: a language map holds arrays of strings, nothing deeper is text we want.
        if (depth > 3) return;
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                into.Add((language, element.GetString() ?? ""));
                break;
            case JsonValueKind.Number:
                // 2.1 metadata values are sometimes bare numbers, such as a year.
                into.Add((language, element.GetRawText()));
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Collect(item, language, into, depth + 1);
                break;
            case JsonValueKind.Object when element.Prop("@value") is { } literal:
                Collect(literal, JsonAccess.NonBlank(element.Str("@language")) ?? language, into, depth + 1);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var key = property.Name is "none" or "@none" ? null : property.Name;
                    Collect(property.Value, key, into, depth + 1);
                }
                break;
        }
    }

    /// <summary>Plain text of a value that may carry the small HTML subset IIIF allows.</summary>
    public static string Clean(string text)
    {
        var plain = text.Contains('<') ? Tag().Replace(BlockBreak().Replace(text, " "), "") : text;
        return Whitespace().Replace(WebUtility.HtmlDecode(plain), " ").Trim();
    }

    [GeneratedRegex(@"<\s*(br|/p|/div|/li|/tr|/td)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockBreak();

    [GeneratedRegex(@"<!--.*?-->|</?[a-zA-Z][^<>]*>", RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
