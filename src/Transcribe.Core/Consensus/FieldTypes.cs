namespace Transcribe.Core.Consensus;

/// <summary>How a field's values are compared and decided.</summary>
public enum FieldType
{
    /// <summary>Short free text: matched ignoring case, punctuation and listed abbreviations.</summary>
    Text,
    /// <summary>Running text (remarks, letters): voted word by word after aligning the witnesses.</summary>
    LongText,
    Integer,
    Decimal,
    /// <summary>Verbatim kept, compared as EDTF.</summary>
    Date,
    /// <summary>DMS or decimal degrees, compared within a tolerance.</summary>
    Coordinate,
    /// <summary>A value from a fixed list: compared exactly.</summary>
    Choice,
}

/// <summary>What should happen next with a field, a row or a page.</summary>
public enum Decision
{
    /// <summary>Enough agreeing support: the value stands.</summary>
    Accept,
    /// <summary>Disputed, and the page may still get another transcription: ask the crowd for one more.</summary>
    More,
    /// <summary>Disputed with no transcriptions left to ask for: a reviewer decides.</summary>
    Review,
}

public static class FieldTypeNames
{
    /// <summary>The names used in templates and the JSON contract: text, longtext, integer, decimal, date, coordinate, choice.</summary>
    public static string ToName(this FieldType type) => type.ToString().ToLowerInvariant();

    public static bool TryParse(string? name, out FieldType type)
    {
        type = default;
        if (string.IsNullOrWhiteSpace(name)) return false;
        foreach (var candidate in Enum.GetValues<FieldType>())
        {
            if (string.Equals(candidate.ToName(), name.Trim().Replace("_", "").Replace("-", ""), StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }
        return false;
    }
}

public static class DecisionNames
{
    public static string ToName(this Decision decision) => decision.ToString().ToLowerInvariant();

    /// <summary>The stronger of two decisions: review outranks more, more outranks accept.</summary>
    public static Decision Worst(Decision a, Decision b) => (Decision)Math.Max((int)a, (int)b);
}
