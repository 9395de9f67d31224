using System.Globalization;
using Transcribe.Core.Records;

namespace Transcribe.Core.Workflow;

/// <summary>The settings a curator tunes per project: redundancy, assignment, input limits and consensus rules.</summary>
public sealed record ProjectSettings(
    int TranscriptionsRequired,
    int TranscriptionsAllowed,
    int ApprovalsRequired,
    string AssignmentOrder,
    int LeaseMinutes,
    int MaxFieldLength,
    int MaxRows,
    double AgreementThreshold,
    DateOrder DateOrder,
    IReadOnlyDictionary<string, string> Abbreviations);

public sealed record SettingsProblem(string Field, string Message);

/// <summary>What the settings may be (the database checks the same ranges, as a last line).</summary>
public static class ProjectSettingsRules
{
    public static readonly IReadOnlyList<string> Orders = ["document", "random"];
    public const int MaxAbbreviations = 500;

    public static IReadOnlyList<SettingsProblem> Problems(ProjectSettings s)
    {
        var problems = new List<SettingsProblem>();
        void Check(bool ok, string field, string message) { if (!ok) problems.Add(new(field, message)); }
        Check(s.TranscriptionsRequired is >= 1 and <= 10, nameof(s.TranscriptionsRequired), "Transcriptions required must be between 1 and 10.");
        Check(s.TranscriptionsAllowed is >= 1 and <= 20, nameof(s.TranscriptionsAllowed), "Transcriptions allowed must be between 1 and 20.");
        Check(s.TranscriptionsAllowed >= s.TranscriptionsRequired, nameof(s.TranscriptionsAllowed), "Transcriptions allowed cannot be fewer than transcriptions required.");
        Check(s.ApprovalsRequired is >= 1 and <= 5, nameof(s.ApprovalsRequired), "Approvals required must be between 1 and 5.");
        Check(Orders.Contains(s.AssignmentOrder), nameof(s.AssignmentOrder), "Choose ledger order or random order.");
        Check(s.LeaseMinutes is >= 1 and <= 1440, nameof(s.LeaseMinutes), "A page may be held for 1 minute to 24 hours (1440 minutes).");
        Check(s.MaxFieldLength is >= 10 and <= 20000, nameof(s.MaxFieldLength), "The longest value must be between 10 and 20,000 characters.");
        Check(s.MaxRows is >= 1 and <= 2000, nameof(s.MaxRows), "Rows per page must be between 1 and 2,000.");
        Check(s.AgreementThreshold is > 0 and <= 1, nameof(s.AgreementThreshold), "The agreement needed must be above 0% and at most 100%.");
        Check(s.Abbreviations.Count <= MaxAbbreviations, nameof(s.Abbreviations), $"At most {MaxAbbreviations} abbreviations.");
        return problems;
    }

    /// <summary>
    /// Reads an abbreviation list as a curator types it: one "short = long" per line ("Co. = County").
    /// Blank lines and lines starting with # are skipped; a line without "=" is a problem, named by its number.
    /// </summary>
    public static (Dictionary<string, string> Abbreviations, IReadOnlyList<string> Problems) ParseAbbreviations(string? text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        var lines = (text ?? "").Replace("\r\n", "\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            int equals = line.IndexOf('=');
            string shortForm = equals < 0 ? "" : line[..equals].Trim();
            string longForm = equals < 0 ? "" : line[(equals + 1)..].Trim();
            if (shortForm.Length == 0 || longForm.Length == 0 || shortForm.Length > 100 || longForm.Length > 200)
                problems.Add($"Line {i + 1} (\"{Shorten(line)}\") should read \"short = long\", e.g. \"Co. = County\".");
            else if (!result.TryAdd(shortForm, longForm))
                problems.Add($"Line {i + 1}: \"{shortForm}\" is listed twice.");
        }
        return (result, problems);
    }

    public static string FormatAbbreviations(IReadOnlyDictionary<string, string> abbreviations) =>
        string.Join("\n", abbreviations.Select(p => $"{p.Key} = {p.Value}"));

    /// <summary>"60" (percent, as a curator types it) → 0.6; null when it is not a number.</summary>
    public static double? PercentToShare(string? text) =>
        double.TryParse((text ?? "").Trim().TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out double percent) && double.IsFinite(percent)
            ? Math.Round(percent / 100, 4) : null;

    static string Shorten(string line) => line.Length <= 40 ? line : line[..40] + "…";
}
