using System.Globalization;
using System.Text.Json;

namespace Transcribe.Core.Iiif;

/// <summary>
/// Forgiving reads of a JSON element. Published manifests are hand-made as often as generated, so
/// every look-up here tolerates the wrong kind of value (a number as a string, an object where an
/// array was due) and answers null instead of throwing from deep inside the reader.
/// </summary>
internal static class JsonAccess
{
    public static JsonElement? Prop(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    public static string? Str(this JsonElement element, string name) =>
        element.Prop(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>Presentation 3 spells it <c>id</c>, 2.1 and the image services it embeds <c>@id</c>.</summary>
    public static string? Id(this JsonElement element) => NonBlank(element.Str("id")) ?? NonBlank(element.Str("@id"));

    /// <summary>All the types an element declares, from <c>type</c> or <c>@type</c>, as a string or an array.</summary>
    public static IReadOnlyList<string> Types(this JsonElement element)
    {
        var types = new List<string>();
        foreach (var name in (ReadOnlySpan<string>)["type", "@type"])
            foreach (var item in element.Many(name))
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } type)
                    types.Add(type);
        return types;
    }

    public static bool HasType(this JsonElement element, params ReadOnlySpan<string> accepted)
    {
        foreach (var type in element.Types())
            foreach (var candidate in accepted)
                if (string.Equals(type, candidate, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The items of an array property, or the value itself when a single object stands in for a one-item array.</summary>
    public static IReadOnlyList<JsonElement> Many(this JsonElement element, string name) =>
        element.Prop(name) switch
        {
            { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray()],
            { } single => [single],
            null => [],
        };

    /// <summary>A positive whole number, also when written as "3000" or 3000.0, as some exporters do.</summary>
    public static long? PositiveLong(this JsonElement element, string name)
    {
        double? number = element.Prop(name) switch
        {
            { ValueKind: JsonValueKind.Number } n when n.TryGetDouble(out var d) => d,
            { ValueKind: JsonValueKind.String } s when double.TryParse(s.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => null,
        };
        return number is { } value && value >= 1 && value <= long.MaxValue && double.IsFinite(value)
            ? (long)Math.Round(value)
            : null;
    }

    public static int? PositiveInt(this JsonElement element, string name) =>
        element.PositiveLong(name) is { } value && value <= int.MaxValue ? (int)value : null;

    public static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
