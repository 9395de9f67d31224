namespace Transcribe.Core.Consensus;

/// <summary>
/// One distinct value the crowd gave for a field. <paramref name="Support"/> is the summed weight of
/// the witnesses whose value normalises to it; <paramref name="Normalized"/> is what was compared
/// (an EDTF date, a canonical number or coordinate, a folded text key).
/// </summary>
public sealed record Candidate(string Value, double Support, IReadOnlyList<string> Supporters, string Normalized);

/// <summary>
/// The engine's decision for one field: the value, how sure it is (<paramref name="Agreement"/>, the
/// winner's share of the support, in [0, 1]), what should happen next, every candidate with its
/// support and supporters, and a sentence a reviewer can read to see why.
/// </summary>
public sealed record FieldDecision(
    string Value,
    double Agreement,
    Decision Decision,
    IReadOnlyList<Candidate> Candidates,
    string Normalized,
    string Reason);

/// <summary>
/// One row of the page as the transcriptions agree it exists. <paramref name="Sources"/> holds, per
/// transcription (in input order), the index of its row in this aligned row, or null where that
/// transcription has no such row. <paramref name="Presence"/> is the vote on whether the row exists
/// at all (value <see cref="Present"/> or <see cref="Absent"/>): one volunteer's doubled or invented
/// row is outvoted like one volunteer's extra word.
/// </summary>
public sealed record AlignedRow(
    IReadOnlyList<int?> Sources,
    FieldDecision Presence,
    IReadOnlyDictionary<string, FieldDecision> Fields,
    Decision Decision)
{
    public const string Present = "present";
    public const string Absent = "absent";

    /// <summary>Whether the row belongs in the consensus (the crowd says it exists).</summary>
    public bool Kept => Presence.Value == Present;
}

/// <summary>
/// The consensus of a page: its page-level fields, its aligned rows (dropped rows included, so a
/// reviewer sees them, with <see cref="AlignedRow.Kept"/> false), and the page's decision, which is
/// the strongest decision of any field or row presence on it.
/// </summary>
public sealed record PageDecision(
    IReadOnlyDictionary<string, FieldDecision> PageFields,
    IReadOnlyList<AlignedRow> Rows,
    Decision Decision,
    int TranscriptionCount,
    string EngineVersion)
{
    public IEnumerable<AlignedRow> KeptRows => Rows.Where(r => r.Kept);
}
