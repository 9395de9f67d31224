using System.Globalization;

namespace Transcribe.Core.Consensus;

/// <summary>
/// The one rule every field, row presence and word column is decided by, so "accept" means the
/// same thing everywhere: at least MinTranscriptions witnesses agree, and they carry at least
/// AgreementThreshold of the weight. Otherwise the crowd is asked again while the page may still
/// get transcriptions, and a reviewer decides once it may not.
/// </summary>
public static class DecisionRule
{
    public static bool IsAccepted(double winnerSupport, double totalSupport, int winnerCount, ConsensusSettings settings) =>
        winnerCount >= settings.MinTranscriptions
        && totalSupport > 0
        && winnerSupport / totalSupport >= settings.AgreementThreshold - 1e-9;

    public static Decision Decide(double winnerSupport, double totalSupport, int winnerCount, int transcriptionCount, ConsensusSettings settings) =>
        IsAccepted(winnerSupport, totalSupport, winnerCount, settings) ? Decision.Accept : Disputed(transcriptionCount, settings);

    /// <summary>What a disputed item needs: one more transcription, or a reviewer when the page has had all it may.</summary>
    public static Decision Disputed(int transcriptionCount, ConsensusSettings settings) =>
        transcriptionCount < settings.MaxTranscriptions ? Decision.More : Decision.Review;

    /// <summary>The end of every reason that is not an accept: what happens next, and after how many transcriptions.</summary>
    internal static string NextStep(Decision decision, int transcriptionCount) => decision == Decision.More
        ? $"asking for another transcription ({transcriptionCount} so far)"
        : $"for review after {transcriptionCount} transcriptions";

    internal static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A value as a reason quotes it: in quotes, and cut short, since a reason is one readable line.</summary>
    internal static string Quote(string value) =>
        value.Length <= 60 ? $"\"{value}\"" : $"\"{value[..57].ReplaceLineEndings(" ")}...\"";
}
