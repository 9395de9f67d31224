namespace Transcribe.Core.Consensus;

/// <summary>
/// What we believe about volunteers before seeing their work: the agreement rate of a typical
/// volunteer (<paramref name="Mean"/>) and how many compared fields that belief is worth
/// (<paramref name="Strength"/>), a Beta(Mean·Strength, (1−Mean)·Strength) prior.
/// </summary>
public sealed record ReliabilityPrior(double Mean = 0.9, double Strength = 20)
{
    // A prior at or below one half would make the typical volunteer's log-odds zero or negative.
    public bool IsUsable => Mean is > 0.5 and < 1 && Strength > 0 && double.IsFinite(Strength);

    public static ReliabilityPrior Default { get; } = new();
}

/// <summary>
/// A volunteer's reliability, measured as agreement of their values with the final reconciled
/// values, and the vote weight it earns. Smoothing toward the prior means a newcomer starts at
/// exactly weight 1 and a handful of fields can neither crown nor sink anyone.
/// </summary>
public static class Reliability
{
    public const double MinWeight = 0.2;

    /// <summary>
    /// Two independent volunteers typing the same value is stronger evidence than any one
    /// volunteer's record, so no weight may outvote two newcomers in a 2-against-1 split:
    /// 2 / (2 + 1.25) stays above the default agreement threshold of 0.6. Weights therefore mostly
    /// demote volunteers who agree less often than the prior, such as careless ones and spammers.
    /// </summary>
    public const double MaxWeight = 1.25;

    /// <summary>The smoothed agreement rate: (agreed + a) / (compared + a + b), the posterior mean under the prior.</summary>
    public static double Score(int agreed, int compared, ReliabilityPrior? prior = null)
    {
        var p = prior ?? ReliabilityPrior.Default;
        if (!p.IsUsable) throw new ArgumentException("The prior mean must be in (0.5, 1) and its strength positive.", nameof(prior));
        if (agreed < 0 || compared < agreed) throw new ArgumentOutOfRangeException(nameof(agreed), "Agreed must be between 0 and compared.");
        return (agreed + p.Mean * p.Strength) / (compared + p.Strength);
    }

    /// <summary>
    /// The vote weight: the log-odds of the smoothed rate relative to the prior's, which is the
    /// weight an optimal weighted vote gives a voter of that accuracy, scaled so the prior is 1.
    /// Clamped, so no one is silenced (a poor volunteer still shows where a page is hard) and no
    /// one outvotes two agreeing colleagues alone.
    /// </summary>
    public static double Weight(int agreed, int compared, ReliabilityPrior? prior = null)
    {
        var p = prior ?? ReliabilityPrior.Default;
        var score = Math.Clamp(Score(agreed, compared, p), 1e-6, 1 - 1e-6);
        var neutral = Math.Log(p.Mean / (1 - p.Mean));
        var weight = Math.Log(score / (1 - score)) / neutral;
        return Math.Clamp(weight, MinWeight, MaxWeight);
    }
}
