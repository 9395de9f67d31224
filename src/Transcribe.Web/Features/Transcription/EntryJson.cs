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

    public static EntryContent Parse(string? rows, string? pageFields) => new(
        string.IsNullOrEmpty(rows) ? [] : JsonSerializer.Deserialize<List<Dictionary<string, string>>>(rows, Options)!.Cast<IReadOnlyDictionary<string, string>>().ToList(),
        string.IsNullOrEmpty(pageFields) ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(pageFields, Options)!);
}
