using System.Globalization;
using System.Text.Json;
using Transcribe.Core.Consensus;

namespace Transcribe.Web.Features.Review;

/// <summary>One value the crowd gave, as a reviewer sees it: how much support, from how many transcriptions (never from whom).</summary>
public sealed record StoredCandidate(string Value, double Support, int Transcriptions)
{
    public string SupportText => Support.ToString("0.##", CultureInfo.InvariantCulture);
}

public sealed record StoredField(string Value, double Agreement, Decision Decision, IReadOnlyList<StoredCandidate> Candidates, string Reason)
{
    public bool Disputed => Decision != Decision.Accept;

    public string AgreementPercent => (Agreement * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string Describe(Decision decision) => decision switch
    {
        Decision.Accept => "accepted",
        Decision.More => "needs more",
        _ => "for review",
    };
}

public sealed record StoredRow(bool Kept, Decision Decision, StoredField Presence, IReadOnlyDictionary<string, StoredField> Fields);

/// <summary>
/// A page's stored consensus (the engine's page JSON, see ConsensusJson.WritePage) read for display.
/// Supporters are transcription ids; they are counted here and never carried further, so no view
/// can put a volunteer beside a value.
/// </summary>
public sealed record StoredConsensus(
    string Engine, Decision Decision, int Transcriptions, IReadOnlyDictionary<string, StoredField> PageFields, IReadOnlyList<StoredRow> Rows)
{
    /// <summary>
    /// Decisions not accepted, counted as the engine counts a page's decisions: its page fields, each
    /// row's presence, and the fields of the rows kept (the review queue counts the same in SQL).
    /// </summary>
    public int Disputed =>
        PageFields.Values.Count(f => f.Disputed)
        + Rows.Count(r => r.Presence.Disputed)
        + Rows.Where(r => r.Kept).Sum(r => r.Fields.Values.Count(f => f.Disputed));

    public static StoredConsensus Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new StoredConsensus(
            Text(root, "engine"),
            DecisionOf(root),
            root.TryGetProperty("transcriptions", out var n) && n.TryGetInt32(out int count) ? count : 0,
            Fields(root, "pageFields"),
            root.TryGetProperty("rows", out var rows) && rows.ValueKind == JsonValueKind.Array
                ? rows.EnumerateArray().Select(Row).ToList()
                : []);
    }

    static StoredRow Row(JsonElement row) => new(
        row.TryGetProperty("kept", out var kept) && kept.ValueKind == JsonValueKind.True,
        DecisionOf(row),
        row.TryGetProperty("presence", out var presence) ? Field(presence) : Field(default),
        Fields(row, "fields"));

    static Dictionary<string, StoredField> Fields(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var fields) && fields.ValueKind == JsonValueKind.Object
            ? fields.EnumerateObject().ToDictionary(p => p.Name, p => Field(p.Value))
            : [];

    static StoredField Field(JsonElement field)
    {
        if (field.ValueKind != JsonValueKind.Object) return new StoredField("", 0, Decision.Review, [], "");
        var candidates = field.TryGetProperty("candidates", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(c => new StoredCandidate(
                Text(c, "value"),
                c.TryGetProperty("support", out var s) && s.TryGetDouble(out double support) ? support : 0,
                c.TryGetProperty("supporters", out var who) && who.ValueKind == JsonValueKind.Array ? who.GetArrayLength() : 0)).ToList()
            : [];
        return new StoredField(
            Text(field, "value"),
            field.TryGetProperty("agreement", out var a) && a.TryGetDouble(out double agreement) ? agreement : 0,
            DecisionOf(field),
            candidates,
            Text(field, "reason"));
    }

    static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    // A decision this reader does not know (from a newer engine) is shown as needing review, never as accepted.
    static Decision DecisionOf(JsonElement element) =>
        Enum.TryParse<Decision>(Text(element, "decision"), ignoreCase: true, out var decision) && Enum.IsDefined(decision) ? decision : Decision.Review;
}
