namespace Transcribe.Core.Consensus;

/// <summary>Decides one field from its witnesses: the typed comparison, the weighted vote and the decision rule.</summary>
public static class FieldConsensus
{
    /// <param name="transcriptionCount">
    /// How many transcriptions the page has; it can exceed the witnesses when some transcriptions
    /// lack the row. It decides between asking for more and sending to review.
    /// </param>
    public static FieldDecision Decide(FieldType type, IReadOnlyList<Witness> witnesses, int transcriptionCount, ConsensusSettings settings)
    {
        if (settings.Problem is { } problem) throw new ArgumentException(problem, nameof(settings));
        var ballots = ToBallots(type, witnesses, settings);
        if (ballots.Count == 0)
        {
            return new FieldDecision("", 0, DecisionRule.Disputed(transcriptionCount, settings), [], "",
                "No transcription has this field yet.");
        }
        return type == FieldType.LongText
            ? LongTextConsensus.Decide(ballots, transcriptionCount, settings)
            : DecideByValue(type, ballots, transcriptionCount, settings);
    }

    /// <summary>Plurality over whole values: the path for every short field, and for long text when whole texts already agree.</summary>
    internal static FieldDecision DecideByValue(FieldType type, IReadOnlyList<Ballot> ballots, int transcriptionCount, ConsensusSettings settings)
    {
        var tallies = Voting.Tally(type, ballots, settings);
        var total = ballots.Sum(b => b.Weight);
        var winner = tallies[0];
        var decision = DecisionRule.Decide(winner.Candidate.Support, total, winner.Count, transcriptionCount, settings);
        var reason = Explain(tallies, total, ballots.Count, transcriptionCount, decision);
        return new FieldDecision(
            winner.Candidate.Value,
            Agreement(winner.Candidate.Support, total),
            decision,
            tallies.Select(t => t.Candidate).ToList(),
            winner.Candidate.Normalized,
            reason);
    }

    internal static List<Ballot> ToBallots(FieldType type, IReadOnlyList<Witness> witnesses, ConsensusSettings settings)
    {
        // Weights are relative; if none is positive, every witness counts the same rather than none counting.
        var anyPositive = witnesses.Any(w => w.Weight > 0 && double.IsFinite(w.Weight));
        return witnesses
            .Select((w, i) => new Ballot(
                Normalizer.Normalize(type, w.Value, settings),
                anyPositive ? (w.Weight > 0 && double.IsFinite(w.Weight) ? w.Weight : 0) : 1.0,
                w.Supporter.Length > 0 ? w.Supporter : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    internal static double Agreement(double support, double total) => total > 0 ? Math.Clamp(support / total, 0, 1) : 0;

    private static string Explain(IReadOnlyList<Tally> tallies, double total, int witnesses, int transcriptionCount, Decision decision)
    {
        var winner = tallies[0];
        var what = winner.Candidate.Value.Length == 0 ? "left it blank" : $"agree on {DecisionRule.Quote(winner.Candidate.Value)}";
        var head = $"{winner.Count} of {witnesses} {what} (support {DecisionRule.Format(winner.Candidate.Support)} of {DecisionRule.Format(total)})";
        if (decision == Decision.Accept) return head + ".";
        var others = string.Join(", ", tallies.Skip(1).Take(4).Select(t =>
            $"{DecisionRule.Quote(t.Candidate.Value)} {DecisionRule.Format(t.Candidate.Support)}"));
        var next = DecisionRule.NextStep(decision, transcriptionCount);
        return others.Length > 0 ? $"{head}; against: {others}; {next}." : $"{head}; not enough agreement yet; {next}.";
    }
}
