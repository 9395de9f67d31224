using Transcribe.Core.Consensus;

namespace Transcribe.Core.Templates;

/// <summary>What a field holds, as a volunteer types it.</summary>
public enum FieldKind { Text, LongText, Integer, Decimal, Date, Coordinate, Choice, YesNo }

/// <summary>Whether a field is typed once per ledger row or once per page.</summary>
public enum FieldScope { Row, Page }

/// <summary>One column of a project's transcription form.</summary>
/// <param name="Key">Stable machine name (snake_case); transcriptions are stored under it.</param>
/// <param name="Pattern">Optional regular expression a non-empty value must match in full.</param>
/// <param name="DwcTerm">The Darwin Core term the field exports as (e.g. "locality", "eventDate"), or "".</param>
public sealed record TemplateField(
    string Key,
    string Label,
    FieldKind Kind,
    FieldScope Scope = FieldScope.Row,
    bool Required = false,
    string Help = "",
    string? Pattern = null,
    IReadOnlyList<string>? Choices = null,
    string DwcTerm = "")
{
    public IReadOnlyList<string> ChoiceList => Choices ?? [];
}

public static class FieldKinds
{
    /// <summary>The names stored in the database and used in forms.</summary>
    public static string ToName(this FieldKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string? name, out FieldKind kind) =>
        Enum.TryParse(name, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(name, out _);

    public static string Describe(this FieldKind kind) => kind switch
    {
        FieldKind.Text => "Short text",
        FieldKind.LongText => "Long text",
        FieldKind.Integer => "Whole number",
        FieldKind.Decimal => "Decimal number",
        FieldKind.Date => "Date (partial dates and ranges allowed)",
        FieldKind.Coordinate => "Coordinate (decimal or degrees-minutes-seconds)",
        FieldKind.Choice => "Choice from a list",
        FieldKind.YesNo => "Yes / no",
        _ => kind.ToString(),
    };

    /// <summary>How the consensus engine compares the field's values.</summary>
    public static FieldType ToConsensusType(this FieldKind kind) => kind switch
    {
        FieldKind.Text => FieldType.Text,
        FieldKind.LongText => FieldType.LongText,
        FieldKind.Integer => FieldType.Integer,
        FieldKind.Decimal => FieldType.Decimal,
        FieldKind.Date => FieldType.Date,
        FieldKind.Coordinate => FieldType.Coordinate,
        _ => FieldType.Choice,
    };
}
