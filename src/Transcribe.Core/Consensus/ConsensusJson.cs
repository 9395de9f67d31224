using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Transcribe.Core.Consensus;

/// <summary>
/// The JSON Lines contract of the consensus command, as pure text-to-text functions (the verb
/// only reads lines, calls these and prints). Cell mode, one field per line:
/// <c>{"id": "...", "type": "text|longtext|integer|decimal|date|coordinate|choice", "values": ["...", "..."], "weights": [1.0, ...]}</c>
/// answered by
/// <c>{"id": "...", "value": "...", "agreement": 0.83, "decision": "accept|more|review", "candidates": [{"value": "...", "support": 2.0}]}</c>.
/// The number of values is the number of transcriptions. Bad input throws a
/// <see cref="FormatException"/> whose message says what is wrong, for the caller to report with the line number.
/// </summary>
public static partial class ConsensusJson
{
    public sealed record CellRequest(string Id, FieldType Type, IReadOnlyList<string?> Values, IReadOnlyList<double>? Weights);

    public static string DecideCellLine(string line, ConsensusSettings settings)
    {
        var request = ParseCell(line);
        return WriteCell(request.Id, DecideCell(request, settings));
    }

    public static FieldDecision DecideCell(CellRequest request, ConsensusSettings settings)
    {
        var witnesses = request.Values
            .Select((v, i) => new Witness(v, request.Weights?[i] ?? 1.0, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        return FieldConsensus.Decide(request.Type, witnesses, request.Values.Count, settings);
    }

    public static CellRequest ParseCell(string line)
    {
        using var document = Parse(line);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new FormatException("Each line must be a JSON object.");
        var id = ReadId(root);
        var typeName = root.TryGetProperty("type", out var typeElement) && typeElement.ValueKind == JsonValueKind.String ? typeElement.GetString() : null;
        if (!FieldTypeNames.TryParse(typeName, out var type))
            throw new FormatException($"Cell \"{id}\": \"type\" must be one of {string.Join(", ", Enum.GetValues<FieldType>().Select(t => t.ToName()))}.");
        if (!root.TryGetProperty("values", out var valuesElement) || valuesElement.ValueKind != JsonValueKind.Array)
            throw new FormatException($"Cell \"{id}\": \"values\" must be an array of strings.");
        var values = valuesElement.EnumerateArray().Select(v => ReadText(v, $"Cell \"{id}\": each of \"values\"")).ToList();

        List<double>? weights = null;
        if (root.TryGetProperty("weights", out var weightsElement) && weightsElement.ValueKind != JsonValueKind.Null)
        {
            if (weightsElement.ValueKind != JsonValueKind.Array)
                throw new FormatException($"Cell \"{id}\": \"weights\" must be an array of numbers.");
            weights = weightsElement.EnumerateArray().Select(w => ReadWeight(w, $"Cell \"{id}\"")).ToList();
            if (weights.Count != values.Count)
                throw new FormatException($"Cell \"{id}\": \"weights\" has {weights.Count} numbers but \"values\" has {values.Count}.");
        }
        return new CellRequest(id, type, values, weights);
    }

    /// <summary>Writes one output line of cell mode: exactly the fields of the contract.</summary>
    public static string WriteCell(string id, FieldDecision decision) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        WriteDecisionBody(writer, decision, detailed: false);
        writer.WriteEndObject();
    });

    internal static void WriteDecisionBody(Utf8JsonWriter writer, FieldDecision decision, bool detailed)
    {
        writer.WriteString("value", decision.Value);
        writer.WriteNumber("agreement", Math.Round(decision.Agreement, 4));
        writer.WriteString("decision", decision.Decision.ToName());
        writer.WriteStartArray("candidates");
        foreach (var candidate in decision.Candidates)
        {
            writer.WriteStartObject();
            writer.WriteString("value", candidate.Value);
            writer.WriteNumber("support", Math.Round(candidate.Support, 4));
            if (detailed)
            {
                writer.WriteStartArray("supporters");
                foreach (var supporter in candidate.Supporters) writer.WriteStringValue(supporter);
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        if (detailed)
        {
            writer.WriteString("normalized", decision.Normalized);
            writer.WriteString("reason", decision.Reason);
        }
    }

    internal static string Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        // Relaxed escaping keeps accented names readable; the output is JSON Lines, never HTML.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            body(writer);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    internal static JsonDocument Parse(string line)
    {
        try
        {
            return JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new FormatException($"Not valid JSON: {e.Message}", e);
        }
    }

    internal static string ReadId(JsonElement root) =>
        root.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? (id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText())
            : throw new FormatException("Each line needs an \"id\" (a string).");

    /// <summary>Strings as they are, numbers as written (a volunteer's "12" may arrive as 12), null as blank.</summary>
    internal static string? ReadText(JsonElement element, string what) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.Null => null,
        _ => throw new FormatException($"{what} must be a string or null."),
    };

    internal static double ReadWeight(JsonElement element, string what) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out var w) && w >= 0 && double.IsFinite(w)
            ? w
            : throw new FormatException($"{what}: each weight must be a number of at least 0.");
}
