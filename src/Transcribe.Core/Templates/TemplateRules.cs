using System.Text.RegularExpressions;

namespace Transcribe.Core.Templates;

public sealed record TemplateProblem(int Index, string Field, string Message);

/// <summary>What makes a template usable: the editor shows these beside the field they concern.</summary>
public static partial class TemplateRules
{
    public const int MaxFields = 60;
    public const int MaxChoices = 200;

    [GeneratedRegex("^[a-z][a-z0-9_]{0,39}$")]
    private static partial Regex KeyForm();

    public static IReadOnlyList<TemplateProblem> Problems(IReadOnlyList<TemplateField> fields, ISet<string> darwinCoreTerms)
    {
        var problems = new List<TemplateProblem>();
        if (fields.Count == 0) problems.Add(new(-1, "", "A template needs at least one field."));
        if (fields.Count > MaxFields) problems.Add(new(-1, "", $"A template can have at most {MaxFields} fields."));
        if (!fields.Any(f => f.Scope == FieldScope.Row) && fields.Count > 0)
            problems.Add(new(-1, "", "A ledger template needs at least one row field."));
        var seen = new HashSet<string>();
        var terms = new HashSet<string>();
        for (int i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            void Add(string name, string message) => problems.Add(new(i, name, message));
            if (!KeyForm().IsMatch(field.Key))
                Add("Key", "Use lowercase letters, digits and underscores, starting with a letter (e.g. locality_number).");
            else if (!seen.Add(field.Key))
                Add("Key", $"Another field already uses the key \"{field.Key}\".");
            if (string.IsNullOrWhiteSpace(field.Label) || field.Label.Length > 100) Add("Label", "Give the field a label of at most 100 characters.");
            if (field.Help.Length > 1000) Add("Help", "Keep the help text under 1,000 characters.");
            if (field.Kind == FieldKind.Choice)
            {
                if (field.ChoiceList.Count < 2) Add("Choices", "A choice field needs at least two choices.");
                else if (field.ChoiceList.Count > MaxChoices) Add("Choices", $"At most {MaxChoices} choices.");
                else if (field.ChoiceList.Distinct(StringComparer.OrdinalIgnoreCase).Count() != field.ChoiceList.Count)
                    Add("Choices", "Each choice may appear only once.");
            }
            if (!string.IsNullOrEmpty(field.Pattern) && PatternProblem(field.Pattern) is string pattern) Add("Pattern", pattern);
            if (field.DwcTerm.Length > 0)
            {
                if (!darwinCoreTerms.Contains(field.DwcTerm))
                    Add("DwcTerm", $"\"{field.DwcTerm}\" is not a Darwin Core term; pick one from the list.");
                else if (!terms.Add(field.DwcTerm))
                    Add("DwcTerm", $"Another field already exports as {field.DwcTerm}.");
            }
        }
        return problems;
    }

    static string? PatternProblem(string pattern)
    {
        if (pattern.Length > 300) return "Keep the pattern under 300 characters.";
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100));
            return null;
        }
        catch (ArgumentException e)
        {
            return "This pattern is not a valid regular expression: " + e.Message;
        }
    }
}
