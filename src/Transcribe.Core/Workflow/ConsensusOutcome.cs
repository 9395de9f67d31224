using Transcribe.Core.Consensus;

namespace Transcribe.Core.Workflow;

/// <summary>A page's state and wanted transcriptions once a consensus decision has been applied to it.</summary>
public sealed record PageAfterConsensus(PageState State, int TranscriptionsNeeded);

/// <summary>
/// What a consensus decision does to its page. An accepted page waits for reviewers' approval; a
/// disputed one asks the crowd for one more transcription while the project allows more, and goes
/// to review once it does not; a page the engine sends to review goes there.
/// </summary>
public static class ConsensusOutcome
{
    /// <param name="state">The page's state when the decision is applied.</param>
    /// <param name="transcriptionCount">The transcriptions the decision was made on.</param>
    /// <param name="transcriptionsNeeded">How many transcriptions the page wants now.</param>
    /// <param name="maxTranscriptions">The project's maximum (transcriptions allowed).</param>
    public static PageAfterConsensus Apply(PageState state, Decision decision, int transcriptionCount, int transcriptionsNeeded, int maxTranscriptions)
    {
        // Only a page waiting for its consensus moves. A late transcription re-decides a page that
        // has moved on (in review, awaiting approval, flagged for a curator, reconciled, or already
        // reopened): the fresh result is kept for reviewers to read, but who holds the page now is
        // not the engine's call.
        if (state != PageState.Consensus) return new(state, transcriptionsNeeded);
        return decision switch
        {
            Decision.Accept => new(PageState.Approval, transcriptionsNeeded),
            // One more than it has, so assignment offers it again to exactly one more volunteer.
            Decision.More when transcriptionCount < maxTranscriptions => new(PageState.Open, transcriptionCount + 1),
            _ => new(PageState.Review, transcriptionsNeeded),
        };
    }
}
