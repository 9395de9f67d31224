using Transcribe.Core.Templates;

namespace Transcribe.Web.Features.Templates;

/// <summary>One row of the template editor, as posted.</summary>
public sealed class FieldForm
{
    public int Order { get; set; }
    public string? Key { get; set; }
    public string? Label { get; set; }
    public string Kind { get; set; } = "text";
    public string Scope { get; set; } = "row";
    public bool Required { get; set; }
    public string? Help { get; set; }
    public string? Pattern { get; set; }
    public string? Choices { get; set; }
    public string? DwcTerm { get; set; }
    public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Key) && string.IsNullOrWhiteSpace(Label);

    public TemplateField ToField() => new(
        (Key ?? "").Trim(),
        (Label ?? "").Trim(),
        FieldKinds.TryParse(Kind, out var kind) ? kind : FieldKind.Text,
        Scope == "page" ? FieldScope.Page : FieldScope.Row,
        Required,
        (Help ?? "").Trim(),
        string.IsNullOrWhiteSpace(Pattern) ? null : Pattern.Trim(),
        (Choices ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        (DwcTerm ?? "").Trim());

    public static FieldForm From(TemplateField field, int order) => new()
    {
        Order = order, Key = field.Key, Label = field.Label, Kind = field.Kind.ToName(),
        Scope = field.Scope == FieldScope.Page ? "page" : "row", Required = field.Required, Help = field.Help,
        Pattern = field.Pattern, Choices = string.Join("\n", field.ChoiceList), DwcTerm = field.DwcTerm,
    };
}

public sealed class TemplatePage
{
    public required Projects.ProjectDetails Project { get; init; }
    public required List<FieldForm> Fields { get; init; }
    public required IReadOnlyList<DarwinCoreTerm> Terms { get; init; }
    public IReadOnlyList<string> Problems { get; init; } = [];
}
