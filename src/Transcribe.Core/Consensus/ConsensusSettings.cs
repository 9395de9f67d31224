using Transcribe.Core.Records;

namespace Transcribe.Core.Consensus;

/// <summary>
/// A project's consensus rules, as plain values.
/// </summary>
/// <param name="MinTranscriptions">Agreeing transcriptions needed before a value can be accepted (2: two volunteers who agree are enough).</param>
/// <param name="MaxTranscriptions">Transcriptions a page may get; a field still disputed at this count goes to review.</param>
/// <param name="AgreementThreshold">
/// Share of the (weighted) support that the winner needs to be accepted. 0.6 accepts 2 of 2, 2 of 3,
/// 3 of 4 and 3 of 5, but not 2 of 4, where the crowd is split.
/// </param>
/// <param name="Abbreviations">
/// The project's abbreviation list ("Co." = "County", "Fm." = "Formation"): data, so each project
/// brings its own. Keys may span several words; case and punctuation are ignored when matching.
/// </param>
/// <param name="DateOrder">How this project's volunteers write numeric dates: 8/3/1923 is 3 August under MonthDayYear.</param>
/// <param name="CoordinateToleranceDegrees">
/// Coordinates closer than this are the same value. 0.001° (about 100 m) absorbs rounding between DMS
/// and decimal renderings, but not a mistyped minute.
/// </param>
/// <param name="MoreWhenDisputedShare">
/// Page redundancy: a page asks the crowd for one more transcription only when at least this share
/// of its decisions (page fields, row presences and the fields of kept rows) is disputed; below it,
/// its disputed fields go straight to review. Another transcription costs a volunteer every field
/// of the page, a reviewer adjudicates one field at a time, so a page with a handful of disputes
/// among ~145 decisions is cheaper to review than to transcribe again. 0 asks again for any dispute.
/// </param>
public sealed record ConsensusSettings(
    int MinTranscriptions = 2,
    int MaxTranscriptions = 4,
    double AgreementThreshold = 0.6,
    IReadOnlyDictionary<string, string>? Abbreviations = null,
    DateOrder DateOrder = DateOrder.MonthDayYear,
    double CoordinateToleranceDegrees = 0.001,
    double MoreWhenDisputedShare = ConsensusSettings.DefaultMoreWhenDisputedShare)
{
    public const double DefaultMoreWhenDisputedShare = 0.03;

    public static ConsensusSettings Default { get; } = new();

    /// <summary>Explains, in one sentence, which settings are unusable; null when all are fine.</summary>
    public string? Problem =>
        MinTranscriptions < 1 ? "MinTranscriptions must be at least 1."
        : MaxTranscriptions < MinTranscriptions ? "MaxTranscriptions must not be below MinTranscriptions."
        : AgreementThreshold is <= 0 or > 1 or double.NaN ? "AgreementThreshold must be in (0, 1]."
        : CoordinateToleranceDegrees is < 0 or double.NaN ? "CoordinateToleranceDegrees must not be negative."
        : MoreWhenDisputedShare is < 0 or > 1 or double.NaN ? "MoreWhenDisputedShare must be in [0, 1]."
        : null;
}
