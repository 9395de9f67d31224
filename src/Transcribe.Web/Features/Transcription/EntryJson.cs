using System.Text.Json;
using System.Text.Json.Serialization;
using Transcribe.Core.Entry;

namespace Transcribe.Web.Features.Transcription;

/// <summary>What the entry screen sends: a draft, a submit (with its key) or one value to check.</summary>
public sealed class EntryRequest
{
    public Guid? SubmissionKey { get; init; }
    public List<Dictionary<string, string?>?>? Rows { get; init; }
    public Dictionary<string, string?>? PageFields { get; init; }
}

public sealed class CheckRequest
{
    public string? Key { get; init; }
    public string? Value { get; init; }
    public int? Row { get; init; }
}

public sealed record ProblemJson(int? Row, string Key, string Message, bool Blocking)
{
    public static ProblemJson From(EntryProblem p) => new(p.Row, p.Key, p.Message, p.Blocking);
}

/// <summary>JSON in and out of the entry API, with the web's camelCase names.</summary>
public static class EntryJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        MaxDepth = 8,
    };

    /// <summary>Reads a request body; null with a message for the volunteer when it is not JSON of the expected shape.</summary>
    public static async Task<(T? Value, string? Error)> ReadAsync<T>(HttpRequest request) where T : class
    {
        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
            return (null, "Send the form as JSON (Content-Type: application/json).");
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, Options);
            return value is null ? (null, "The request was empty.") : (value, null);
        }
        catch (JsonException)
        {
            // Invalid UTF-8, a number where text belongs, a truncated body: all the same to the volunteer.
            return (null, "The form could not be read (it was not valid JSON text). Nothing was changed; your work is still on this screen.");
        }
    }

    /// <summary>Stored shape of rows and page fields (jsonb), the same for drafts and transcriptions.</summary>
    public static string RowsJson(EntryContent content) => JsonSerializer.Serialize(content.Rows, Options);
    public static string PageFieldsJson(EntryContent content) => JsonSerializer.Serialize(content.PageFields, Options);

    /// <summary>
    /// Reads stored rows and page fields back, for the entry screen and the consensus engine alike.
    /// Lenient: whatever shape a value was stored in, the page still opens and is still decided.
    /// </summary>
    public static EntryContent Parse(string? rows, string? pageFields)
    {
        var list = new List<IReadOnlyDictionary<string, string>>();
        if (!string.IsNullOrEmpty(rows))
        {
            using var document = JsonDocument.Parse(rows);
            if (document.RootElement.ValueKind == JsonValueKind.Array)
                foreach (var row in document.RootElement.EnumerateArray())
                    if (row.ValueKind == JsonValueKind.Object) list.Add(ReadObject(row));
        }
        var fields = new Dictionary<string, string>();
        if (!string.IsNullOrEmpty(pageFields))
        {
            using var document = JsonDocument.Parse(pageFields);
            if (document.RootElement.ValueKind == JsonValueKind.Object) fields = ReadObject(document.RootElement);
        }
        return new EntryContent(list, fields);
    }

    // Numbers as written (a "12" may have been stored as 12); a yes/no as the words the form offers;
    // null, objects and arrays as blank: a missing field counts as blank.
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
