using Transcribe.Core.Consensus;

namespace Transcribe.Core.Templates;

/// <summary>A project's template as the consensus engine reads it: each field's comparison type, page fields apart, and the row key.</summary>
public static class TemplateConsensus
{
    /// <summary>
    /// The Darwin Core terms that identify a ledger row, best first: a locality register's number
    /// (locationID), a specimen catalogue's (catalogNumber), a collector's field number (recordNumber).
    /// Rows are aligned by such a number before anything else, since volunteers rarely mistype it.
    /// </summary>
    public static readonly IReadOnlyList<string> KeyTerms = ["locationID", "catalogNumber", "recordNumber"];

    /// <summary>The key of the row field that identifies a row, or null when the template has none.</summary>
    public static string? RowKey(IReadOnlyList<TemplateField> fields)
    {
        var rowFields = fields.Where(f => f.Scope == FieldScope.Row).ToList();
        foreach (var term in KeyTerms)
            if (rowFields.FirstOrDefault(f => string.Equals(f.DwcTerm, term, StringComparison.OrdinalIgnoreCase)) is { } key)
                return key.Key;
        return null;
    }

    public static PageTemplate ToPageTemplate(IReadOnlyList<TemplateField> fields)
    {
        var rowKey = RowKey(fields);
        return new PageTemplate(
            fields.Where(f => f.Scope == FieldScope.Row).Select(f => new FieldSpec(f.Key, f.Kind.ToConsensusType(), f.Key == rowKey)).ToList(),
            fields.Where(f => f.Scope == FieldScope.Page).Select(f => new FieldSpec(f.Key, f.Kind.ToConsensusType())).ToList());
    }
}
