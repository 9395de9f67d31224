using Transcribe.Core.Workflow;

namespace Transcribe.Core.Volunteers;

/// <summary>
/// How often a volunteer's fields agreed with the decided consensus, over every page of theirs that has been
/// decided. Unknown (null) until then: a volunteer is never shown a figure made of nothing.
/// </summary>
public static class Agreement
{
    /// <param name="agreed">Fields that sided with the accepted value, summed over the volunteer's scored transcriptions.</param>
    /// <param name="compared">Fields those transcriptions were compared on.</param>
    public static int? Percent(long agreed, long compared) =>
        compared <= 0 ? null : Percentages.Readable(Math.Min(agreed, compared), compared);
}
