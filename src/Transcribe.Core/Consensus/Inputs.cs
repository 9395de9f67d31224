namespace Transcribe.Core.Consensus;

/// <summary>One field of a template. <paramref name="IsKey"/> marks a field that identifies the row, such as a locality number, so rows are matched by it.</summary>
public sealed record FieldSpec(string Key, FieldType Type, bool IsKey = false);

/// <summary>The fields a page is transcribed into: one set per row, and optionally some once per page (a folio number, a page heading).</summary>
public sealed record PageTemplate(IReadOnlyList<FieldSpec> RowFields, IReadOnlyList<FieldSpec>? PageFields = null)
{
    public IReadOnlyList<FieldSpec> PageFieldsOrEmpty => PageFields ?? [];
}

/// <summary>
/// One volunteer's transcription of one page. <paramref name="Weight"/> is the volunteer's
/// reliability weight (1 for a newcomer, see <see cref="Reliability"/>). A missing field counts as blank.
/// </summary>
public sealed record Transcription(
    string Id,
    string VolunteerId,
    double Weight,
    IReadOnlyList<IReadOnlyDictionary<string, string>> Rows,
    IReadOnlyDictionary<string, string>? PageFields = null);

/// <summary>One transcription's value for one field. <paramref name="Supporter"/> names it for reviewers (a transcription id).</summary>
public sealed record Witness(string? Value, double Weight = 1.0, string Supporter = "");
