using Transcribe.Core.Records;
using Transcribe.Core.Templates;

namespace Transcribe.Core.Entry;

/// <summary>
/// What the entry screen accepts. <see cref="Clean"/> shapes raw input into the template's fields;
/// <see cref="Problems"/> says what is wrong with it. Drafts are stored whatever their problems
/// (work in progress is never refused for a typo) as long as they are within the limits; a submit
/// is refused while any blocking problem remains.
/// </summary>
public static class EntryRules
{
    /// <summary>
    /// Keeps the template's fields only (anything else is not part of the form), cleans every value,
    /// and keeps a value's row position. Rows keep only typed values; empty rows survive in drafts
    /// (a volunteer may add a row before typing it) and are dropped on submit.
    /// </summary>
    public static EntryContent Clean(IReadOnlyList<TemplateField> fields, IEnumerable<IReadOnlyDictionary<string, string?>?>? rows,
        IReadOnlyDictionary<string, string?>? pageFields, bool forSubmit)
    {
        var rowFields = fields.Where(f => f.Scope == FieldScope.Row).ToList();
        var pageLevel = fields.Where(f => f.Scope == FieldScope.Page).ToList();
        var cleanedRows = new List<IReadOnlyDictionary<string, string>>();
        foreach (var row in rows ?? [])
        {
            var cleaned = CleanValues(rowFields, row);
            if (forSubmit && cleaned.Count == 0) continue;
            cleanedRows.Add(cleaned);
        }
        return new EntryContent(cleanedRows, CleanValues(pageLevel, pageFields));
    }

    static Dictionary<string, string> CleanValues(List<TemplateField> fields, IReadOnlyDictionary<string, string?>? values)
    {
        var result = new Dictionary<string, string>();
        if (values is null) return result;
        foreach (var field in fields)
        {
            if (!values.TryGetValue(field.Key, out var raw)) continue;
            string value = EntryText.Clean(raw, field.Kind == FieldKind.LongText);
            if (value.Length > 0) result[field.Key] = value;
        }
        return result;
    }

    /// <summary>Over the limits: the one kind of problem that also stops a draft from being stored.</summary>
    public static IReadOnlyList<EntryProblem> LimitProblems(EntryContent content, EntryLimits limits)
    {
        var problems = new List<EntryProblem>();
        if (content.Rows.Count > limits.MaxRows)
            problems.Add(new(null, "", $"This page has {content.Rows.Count} rows; a page may have at most {limits.MaxRows}. Delete the empty or extra rows."));
        for (int i = 0; i < content.Rows.Count; i++)
            foreach (var (key, value) in content.Rows[i])
                if (value.Length > limits.MaxFieldLength)
                    problems.Add(new(i, key, TooLong(value, limits)));
        foreach (var (key, value) in content.PageFields)
            if (value.Length > limits.MaxFieldLength)
                problems.Add(new(null, key, TooLong(value, limits)));
        return problems;
    }

    static string TooLong(string value, EntryLimits limits) =>
        $"This is {value.Length} characters long; a field may hold at most {limits.MaxFieldLength}.";

    /// <summary>
    /// Everything wrong with a page's input, in form order. Required fields count on rows that have
    /// anything typed (an untouched row is not an error). Dates and coordinates that do not parse
    /// are warnings only: ledgers write them in endless ways, and the verbatim text is what we keep.
    /// </summary>
    public static IReadOnlyList<EntryProblem> Problems(IReadOnlyList<TemplateField> fields, EntryContent content, EntryLimits limits,
        DateOrder dateOrder = DateOrder.MonthDayYear)
    {
        var problems = new List<EntryProblem>(LimitProblems(content, limits));
        foreach (var field in fields.Where(f => f.Scope == FieldScope.Page))
            if (Check(field, content.PageFields.GetValueOrDefault(field.Key), null, dateOrder) is { } problem) problems.Add(problem);
        var rowFields = fields.Where(f => f.Scope == FieldScope.Row).ToList();
        for (int i = 0; i < content.Rows.Count; i++)
        {
            var row = content.Rows[i];
            if (row.Count == 0) continue;
            foreach (var field in rowFields)
                if (Check(field, row.GetValueOrDefault(field.Key), i, dateOrder) is { } problem) problems.Add(problem);
        }
        if (rowFields.Count > 0 && !content.Rows.Any(r => r.Count > 0))
            problems.Add(new(null, "", "Type at least one row. If the page has no entries, flag it as blank instead."));
        return problems;
    }

    /// <summary>One value, as the screen checks it while the volunteer types.</summary>
    public static EntryProblem? Check(TemplateField field, string? value, int? row, DateOrder dateOrder = DateOrder.MonthDayYear)
    {
        string text = EntryText.Clean(value, field.Kind == FieldKind.LongText);
        if (FieldValidation.Problem(field, text, dateOrder) is not { } message) return null;
        bool warning = text.Length > 0 && field.Kind is (FieldKind.Date or FieldKind.Coordinate)
            && (string.IsNullOrEmpty(field.Pattern) || FieldValidation.MatchesPattern(field.Pattern, text));
        return new EntryProblem(row, field.Key, message, Blocking: !warning);
    }

    public static bool CanSubmit(IReadOnlyList<EntryProblem> problems) => !problems.Any(p => p.Blocking);
}
