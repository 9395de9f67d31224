namespace Transcribe.Core.Workflow;

/// <summary>
/// A page's place in its life (see DESIGN.md): imported, tiled, transcribed by the crowd, decided by
/// consensus or reviewers, reconciled into records; or flagged at any point for a curator.
/// The database stores the lowercase names.
/// </summary>
public enum PageState { Imported, Tiling, Open, Consensus, Review, Approval, Reconciled, Flagged }

public static class PageStates
{
    static readonly Dictionary<PageState, PageState[]> Allowed = new()
    {
        [PageState.Imported] = [PageState.Tiling, PageState.Open],
        [PageState.Tiling] = [PageState.Open],
        [PageState.Open] = [PageState.Consensus],
        [PageState.Consensus] = [PageState.Open, PageState.Review, PageState.Approval],
        [PageState.Review] = [PageState.Approval],
        [PageState.Approval] = [PageState.Review, PageState.Reconciled],
        [PageState.Reconciled] = [],
        [PageState.Flagged] = [PageState.Open, PageState.Consensus, PageState.Review],
    };

    public static bool CanMove(PageState from, PageState to) =>
        to == PageState.Flagged ? from != PageState.Flagged : Allowed[from].Contains(to);

    public static string ToDb(this PageState state) => state.ToString().ToLowerInvariant();

    public static PageState FromDb(string value) =>
        Enum.TryParse<PageState>(value, ignoreCase: true, out var state) && value == value.ToLowerInvariant()
            ? state
            : throw new ArgumentException($"Unknown page state '{value}'.", nameof(value));

    /// <summary>How a volunteer or curator reads the state.</summary>
    public static string Describe(this PageState state) => state switch
    {
        PageState.Imported => "Imported",
        PageState.Tiling => "Preparing image",
        PageState.Open => "Open for transcription",
        PageState.Consensus => "In consensus",
        PageState.Review => "In review",
        PageState.Approval => "Awaiting approval",
        PageState.Reconciled => "Done",
        PageState.Flagged => "Flagged",
        _ => state.ToString(),
    };
}
