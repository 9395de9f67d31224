using System.Text.Json;

namespace Transcribe.Web.Features.Review;

/// <summary>
/// Reads the stored JSON the consensus engine is fed from: a transcription's rows (an array of
/// {fieldKey: value}), its page fields ({fieldKey: value}), a project's abbreviation list.
/// Lenient by design: whatever shape a value was stored in, the page is still decided.
/// </summary>
public static class TranscriptionValues
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadRows(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Array) return [];
        return document.RootElement.EnumerateArray()
            .Where(row => row.ValueKind == JsonValueKind.Object)
            .Select(row => (IReadOnlyDictionary<string, string>)ReadObject(row))
            .ToList();
    }

    public static IReadOnlyDictionary<string, string> ReadFields(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object ? ReadObject(document.RootElement) : new Dictionary<string, string>();
    }

    /// <summary>Only string pairs count; anything else in the list is not an abbreviation.</summary>
    public static IReadOnlyDictionary<string, string> ReadAbbreviations(string json)
    {
        using var document = JsonDocument.Parse(json);
        var list = new Dictionary<string, string>();
        if (document.RootElement.ValueKind != JsonValueKind.Object) return list;
        foreach (var pair in document.RootElement.EnumerateObject())
            if (pair.Value.ValueKind == JsonValueKind.String && pair.Name.Trim().Length > 0) list[pair.Name] = pair.Value.GetString()!;
        return list;
    }

    // Numbers as written (a "12" may have been stored as 12); a yes/no as the words the form offers;
    // null, objects and arrays as blank: a missing field counts as blank to the engine.
    static Dictionary<string, string> ReadObject(JsonElement element)
    {
        var values = new Dictionary<string, string>();
        foreach (var property in element.EnumerateObject())
        {
            string? value = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number => property.Value.GetRawText(),
                JsonValueKind.True => "yes",
                JsonValueKind.False => "no",
                _ => null,
            };
            if (value is not null) values[property.Name] = value;
        }
        return values;
    }
}
