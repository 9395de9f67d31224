namespace Transcribe.Core.Workflow;

/// <summary>How far a project has come, in the few stages a volunteer cares about.</summary>
public enum ProgressStage { Open, Consensus, Review, Done }

/// <summary>A project's pages counted by stage; flagged pages stand apart, waiting for a curator.</summary>
public sealed record PageProgress(int Open, int Consensus, int Review, int Done, int Flagged)
{
    /// <summary>Pages on their way (flagged ones are neither on their way nor done, so they are left out).</summary>
    public int Total => Open + Consensus + Review + Done;

    public int Count(ProgressStage stage) => stage switch
    {
        ProgressStage.Open => Open,
        ProgressStage.Consensus => Consensus,
        ProgressStage.Review => Review,
        _ => Done,
    };

    /// <summary>A stage's share of <see cref="Total"/> as a percentage, for drawing (0 when there are no pages).</summary>
    public double Share(ProgressStage stage) => Total == 0 ? 0 : 100.0 * Count(stage) / Total;

    /// <summary>Whole percent for reading: never "100%" while pages remain, never "0%" once one is there.</summary>
    public int Percent(ProgressStage stage) => Percentages.Readable(Count(stage), Total);

    /// <summary>Counts per stored state (lowercase names, as in the database) gathered into stages.</summary>
    public static PageProgress FromStates(IEnumerable<KeyValuePair<string, int>> countsByState)
    {
        int open = 0, consensus = 0, review = 0, done = 0, flagged = 0;
        foreach (var (state, count) in countsByState)
        {
            switch (StageOf(PageStates.FromDb(state)))
            {
                case ProgressStage.Open: open += count; break;
                case ProgressStage.Consensus: consensus += count; break;
                case ProgressStage.Review: review += count; break;
                case ProgressStage.Done: done += count; break;
                default: flagged += count; break;
            }
        }
        return new PageProgress(open, consensus, review, done, flagged);
    }

    /// <summary>The stage a state belongs to; null for a flagged page, which is in none until a curator decides.</summary>
    public static ProgressStage? StageOf(PageState state) => state switch
    {
        // Pages still being prepared count as open: to a volunteer they are simply not done yet.
        PageState.Imported or PageState.Tiling or PageState.Open => ProgressStage.Open,
        PageState.Consensus => ProgressStage.Consensus,
        PageState.Review or PageState.Approval => ProgressStage.Review,
        PageState.Reconciled => ProgressStage.Done,
        _ => null,
    };

    public static string Describe(ProgressStage stage) => stage switch
    {
        ProgressStage.Open => "Open",
        ProgressStage.Consensus => "In consensus",
        ProgressStage.Review => "In review",
        _ => "Done",
    };
}

public static class Percentages
{
    /// <summary>
    /// part/whole as a whole percent a reader can trust: rounded, except that it says 100 only when all of it
    /// is there and 0 only when none is (399 of 400 is "99%", 1 of 400 is "1%"). 0 when whole is 0.
    /// </summary>
    public static int Readable(long part, long whole)
    {
        if (whole <= 0 || part <= 0) return 0;
        if (part >= whole) return 100;
        int rounded = (int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero);
        return Math.Clamp(rounded, 1, 99);
    }
}
