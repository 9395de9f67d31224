namespace Transcribe.Core.Entry;

/// <summary>
/// What a volunteer typed for one page: rows of the ledger (field key → value) and the page-level
/// fields. Drafts and submitted transcriptions both have this shape.
/// </summary>
public sealed record EntryContent(
    IReadOnlyList<IReadOnlyDictionary<string, string>> Rows,
    IReadOnlyDictionary<string, string> PageFields)
{
    public static EntryContent Empty { get; } = new([], new Dictionary<string, string>());

    /// <summary>Values actually typed (rows and page fields), for statistics and "is there anything to save".</summary>
    public int FilledValues => Rows.Sum(r => r.Values.Count(v => v.Length > 0)) + PageFields.Values.Count(v => v.Length > 0);
}

/// <summary>A project's caps on one page's input (curators may raise them).</summary>
public sealed record EntryLimits(int MaxFieldLength = 2000, int MaxRows = 200);

/// <summary>
/// Something wrong with what was typed. <paramref name="Row"/> is the 0-based row, or null for a
/// page field or the page as a whole (<paramref name="Key"/> "" then). A blocking problem stops the
/// submit; a warning is shown and the value is kept verbatim.
/// </summary>
public sealed record EntryProblem(int? Row, string Key, string Message, bool Blocking = true);
