using System.Text.Json;

namespace Transcribe.Core.Consensus;

/// <summary>
/// Page mode of the JSON Lines contract, one page per line:
/// <c>{"id": "p1", "template": {"fields": [{"key": "locality_number", "type": "text", "isKey": true}, ...], "pageFields": [...]},
/// "transcriptions": [{"id": "t1", "volunteer": "v1", "weight": 1.0, "rows": [{"locality_number": "3421", ...}], "pageFields": {...}}]}</c>
/// answered by the page's decision, its page fields and its aligned rows; each field carries its
/// candidates with supporters (transcription ids), its normalised value and the reason.
/// </summary>
public static partial class ConsensusJson
{
    public sealed record PageRequest(string Id, PageTemplate Template, IReadOnlyList<Transcription> Transcriptions);

    public static string DecidePageLine(string line, ConsensusSettings settings)
    {
        var request = ParsePage(line);
        return WritePage(request.Id, PageConsensus.Decide(request.Template, request.Transcriptions, settings));
    }

    public static PageRequest ParsePage(string line)
    {
        using var document = Parse(line);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new FormatException("Each line must be a JSON object.");
        var id = ReadId(root);
        if (!root.TryGetProperty("template", out var template) || template.ValueKind != JsonValueKind.Object)
            throw new FormatException($"Page \"{id}\": \"template\" must be an object with \"fields\".");
        var rowFields = ReadFields(template, "fields", id) ?? ReadFields(template, "rowFields", id)
            ?? throw new FormatException($"Page \"{id}\": \"template\" needs \"fields\", an array of {{\"key\", \"type\"}}.");
        var pageFields = ReadFields(template, "pageFields", id);

        if (!root.TryGetProperty("transcriptions", out var list) || list.ValueKind != JsonValueKind.Array)
            throw new FormatException($"Page \"{id}\": \"transcriptions\" must be an array.");
        var transcriptions = list.EnumerateArray().Select((t, i) => ReadTranscription(t, i, id)).ToList();
        var duplicate = transcriptions.GroupBy(t => t.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new FormatException($"Page \"{id}\": transcription id \"{duplicate.Key}\" is used twice.");
        return new PageRequest(id, new PageTemplate(rowFields, pageFields), transcriptions);
    }

    public static string WritePage(string id, PageDecision page) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("engine", page.EngineVersion);
        writer.WriteString("decision", page.Decision.ToName());
        writer.WriteNumber("transcriptions", page.TranscriptionCount);
        writer.WriteStartObject("pageFields");
        foreach (var (key, field) in page.PageFields) WriteField(writer, key, field);
        writer.WriteEndObject();
        writer.WriteStartArray("rows");
        foreach (var row in page.Rows)
        {
            writer.WriteStartObject();
            writer.WriteStartArray("sources");
            foreach (var source in row.Sources)
            {
                if (source is { } index) writer.WriteNumberValue(index);
                else writer.WriteNullValue();
            }
            writer.WriteEndArray();
            writer.WriteBoolean("kept", row.Kept);
            writer.WriteString("decision", row.Decision.ToName());
            WriteField(writer, "presence", row.Presence);
            writer.WriteStartObject("fields");
            foreach (var (key, field) in row.Fields) WriteField(writer, key, field);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static void WriteField(Utf8JsonWriter writer, string key, FieldDecision field)
    {
        writer.WriteStartObject(key);
        WriteDecisionBody(writer, field, detailed: true);
        writer.WriteEndObject();
    }

    private static List<FieldSpec>? ReadFields(JsonElement template, string property, string pageId)
    {
        if (!template.TryGetProperty(property, out var fields) || fields.ValueKind == JsonValueKind.Null) return null;
        if (fields.ValueKind != JsonValueKind.Array)
            throw new FormatException($"Page \"{pageId}\": \"{property}\" must be an array of {{\"key\", \"type\"}}.");
        var specs = new List<FieldSpec>();
        foreach (var field in fields.EnumerateArray())
        {
            var key = field.ValueKind == JsonValueKind.Object && field.TryGetProperty("key", out var k) && k.ValueKind == JsonValueKind.String
                ? k.GetString()! : throw new FormatException($"Page \"{pageId}\": every field in \"{property}\" needs a \"key\".");
            var typeName = field.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (!FieldTypeNames.TryParse(typeName, out var type))
                throw new FormatException($"Page \"{pageId}\": field \"{key}\" has no valid \"type\" ({string.Join(", ", Enum.GetValues<FieldType>().Select(x => x.ToName()))}).");
            var isKey = field.TryGetProperty("isKey", out var flag) && flag.ValueKind == JsonValueKind.True;
            if (specs.Any(s => s.Key == key)) throw new FormatException($"Page \"{pageId}\": field \"{key}\" appears twice.");
            specs.Add(new FieldSpec(key, type, isKey));
        }
        return specs;
    }

    private static Transcription ReadTranscription(JsonElement element, int index, string pageId)
    {
        var what = $"Page \"{pageId}\", transcription {index + 1}";
        if (element.ValueKind != JsonValueKind.Object) throw new FormatException($"{what} must be an object.");
        var id = element.TryGetProperty("id", out var i) && i.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? (i.ValueKind == JsonValueKind.String ? i.GetString()! : i.GetRawText())
            : $"t{index + 1}";
        var volunteer = element.TryGetProperty("volunteer", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : id;
        var weight = element.TryGetProperty("weight", out var w) && w.ValueKind != JsonValueKind.Null ? ReadWeight(w, what) : 1.0;
        if (!element.TryGetProperty("rows", out var rowsElement) || rowsElement.ValueKind != JsonValueKind.Array)
            throw new FormatException($"{what} needs \"rows\", an array of objects.");
        var rows = rowsElement.EnumerateArray().Select(r => (IReadOnlyDictionary<string, string>)ReadValues(r, what)).ToList();
        var pageFields = element.TryGetProperty("pageFields", out var p) && p.ValueKind == JsonValueKind.Object ? ReadValues(p, what) : null;
        return new Transcription(id, volunteer, weight, rows, pageFields);
    }

    private static Dictionary<string, string> ReadValues(JsonElement element, string what)
    {
        if (element.ValueKind != JsonValueKind.Object) throw new FormatException($"{what}: each row must be an object of field values.");
        var values = new Dictionary<string, string>();
        foreach (var property in element.EnumerateObject())
            if (ReadText(property.Value, $"{what}, field \"{property.Name}\"") is { } text) values[property.Name] = text;
        return values;
    }
}
