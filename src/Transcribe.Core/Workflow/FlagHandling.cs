namespace Transcribe.Core.Workflow;

/// <summary>What a curator can do with a flagged page.</summary>
public enum FlagAction
{
    /// <summary>The flag was mistaken or is dealt with: the page goes back to volunteers.</summary>
    ReturnToTranscription,
    /// <summary>The page cannot be transcribed (blank, not a ledger page): it stays flagged, off everyone's lists.</summary>
    SetAside,
}

/// <summary>The outcome of a curator's action: the page's state afterwards, or why the action does not apply.</summary>
public sealed record FlagOutcome(PageState? NewState, string? Refusal)
{
    public bool IsAllowed => Refusal is null;
}

/// <summary>Flags from volunteers and the curator's decisions on them.</summary>
public static class FlagHandling
{
    /// <summary>The reasons a volunteer can give (stored lowercase), in words.</summary>
    public static string DescribeReason(string reason) => reason switch
    {
        "blank" => "Blank page",
        "illegible" => "Illegible",
        "damaged" => "Damaged",
        "not_ledger" => "Not a ledger page",
        "other" => "Other",
        _ => reason,
    };

    /// <summary>The action as page_flags.resolution stores it.</summary>
    public static string ToDb(this FlagAction action) => action == FlagAction.SetAside ? "set_aside" : "returned";

    /// <summary>How the volunteer who flagged a page reads its outcome (resolution null: still open).</summary>
    public static string DescribeOutcome(string? resolution) => resolution switch
    {
        null => "Waiting for a curator",
        "returned" => "Resolved: the page went back to transcription",
        "set_aside" => "Resolved: the page was set aside",
        _ => "Resolved",
    };

    /// <summary>
    /// Either action resolves the page's open flags. Returning a page to transcription moves it to open when the
    /// lifecycle allows it; a page that is open already (flagged, but not yet taken out of the pool) just stays open.
    /// Setting aside never moves the page: a flagged page stays flagged, and one in any other state keeps it.
    /// </summary>
    public static FlagOutcome Decide(PageState current, FlagAction action)
    {
        if (action == FlagAction.SetAside) return new FlagOutcome(current, null);
        // The lifecycle would allow it, but volunteers would be handed a page without an image to zoom.
        if (current is PageState.Imported or PageState.Tiling)
            return new FlagOutcome(null, "This page's image is still being prepared; it opens for transcription by itself when it is ready.");
        if (current == PageState.Open || PageStates.CanMove(current, PageState.Open)) return new FlagOutcome(PageState.Open, null);
        return new FlagOutcome(null, $"This page is {current.Describe().ToLowerInvariant()} and cannot go back to transcription from there; set it aside instead.");
    }
}
