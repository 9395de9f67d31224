namespace Transcribe.Core.Workflow;

/// <summary>
/// When reviewers may read a page's crowd values. Transcriptions must stay independent: while a
/// page can still be transcribed (open, or flagged and perhaps reopened), someone who reads its
/// consensus could go on to transcribe it with the crowd's answers in mind.
/// </summary>
public static class ConsensusVisibility
{
    public static bool Shows(PageState state) =>
        state is PageState.Consensus or PageState.Review or PageState.Approval or PageState.Reconciled;
}
