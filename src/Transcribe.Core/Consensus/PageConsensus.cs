namespace Transcribe.Core.Consensus;

/// <summary>
/// Decides a whole page: aligns the transcriptions' rows, votes on whether each aligned row
/// exists, decides each field of each row and each page-level field by its type's rule, and
/// derives the page's decision from all of them. A page whose first two transcriptions agree
/// everywhere is accepted with two; a page disputed on at least the project's share of its decisions
/// asks for one more, up to the project maximum, and one with fewer disputes sends just those to review.
/// </summary>
public static class PageConsensus
{
    public static PageDecision Decide(PageTemplate template, IReadOnlyList<Transcription> transcriptions, ConsensusSettings settings)
    {
        if (settings.Problem is { } problem) throw new ArgumentException(problem, nameof(settings));
        var n = transcriptions.Count;

        var pageFields = template.PageFieldsOrEmpty.ToDictionary(
            f => f.Key,
            f => FieldConsensus.Decide(f.Type, transcriptions.Select(t => new Witness(
                t.PageFields is { } values && values.TryGetValue(f.Key, out var v) ? v : null, t.Weight, t.Id)).ToList(), n, settings));

        // Rows left entirely empty say nothing about the page; they are not offered for alignment.
        var filled = transcriptions.Select(t => Enumerable.Range(0, t.Rows.Count)
            .Where(r => template.RowFields.Any(f => t.Rows[r].TryGetValue(f.Key, out var v) && !string.IsNullOrWhiteSpace(v)))
            .ToList()).ToList();
        var alignable = transcriptions.Select((t, i) => (IReadOnlyList<IReadOnlyDictionary<string, string>>)filled[i].Select(r => t.Rows[r]).ToList()).ToList();
        var aligned = RowAlignment.Align(template.RowFields, alignable, settings);

        var rows = new List<AlignedRow>(aligned.Count);
        foreach (var cluster in aligned)
        {
            var sources = cluster.Select((r, t) => r is { } index ? filled[t][index] : (int?)null).ToList();
            rows.Add(DecideRow(template.RowFields, transcriptions, sources, settings));
        }

        if (n > 0 && !AsksTheCrowdAgain(pageFields, rows, settings, out var disputed, out var decisions))
        {
            var why = TooFewDisputes(n, disputed, decisions, settings);
            pageFields = pageFields.ToDictionary(p => p.Key, p => ToReview(p.Value, n, why));
            rows = rows.Select(row => ToReview(row, n, why)).ToList();
        }

        var decision = n == 0 ? Decision.More : Decision.Accept;
        foreach (var field in pageFields.Values) decision = DecisionNames.Worst(decision, field.Decision);
        foreach (var row in rows) decision = DecisionNames.Worst(decision, row.Decision);
        return new PageDecision(pageFields, rows, decision, n, EngineVersion.Current);
    }

    /// <summary>
    /// The page-level redundancy policy: true when the page has no "more" at all or enough of its
    /// decisions are disputed for another whole transcription to be worth a volunteer's time.
    /// A page's decisions are its page fields, each aligned row's presence, and the fields of the rows kept.
    /// </summary>
    private static bool AsksTheCrowdAgain(IReadOnlyDictionary<string, FieldDecision> pageFields, IReadOnlyList<AlignedRow> rows,
        ConsensusSettings settings, out int disputed, out int decisions)
    {
        var all = pageFields.Values
            .Concat(rows.Select(r => r.Presence))
            .Concat(rows.Where(r => r.Kept).SelectMany(r => r.Fields.Values))
            .ToList();
        decisions = all.Count;
        disputed = all.Count(f => f.Decision != Decision.Accept);
        if (!all.Any(f => f.Decision == Decision.More)) return true;
        return (double)disputed / decisions >= settings.MoreWhenDisputedShare - 1e-9;
    }

    private static string TooFewDisputes(int n, int disputed, int decisions, ConsensusSettings settings) =>
        $"{DecisionRule.NextStep(Decision.Review, n)}: the page has too few disputes to ask the crowd again "
        + $"({disputed} of {decisions} decisions disputed; the project asks again from {DecisionRule.Format(settings.MoreWhenDisputedShare * 100)} %)";

    private static AlignedRow ToReview(AlignedRow row, int n, string why)
    {
        var presence = ToReview(row.Presence, n, why);
        var fields = row.Fields.ToDictionary(p => p.Key, p => ToReview(p.Value, n, why));
        var decision = presence.Decision;
        if (presence.Value == AlignedRow.Present)
            foreach (var field in fields.Values) decision = DecisionNames.Worst(decision, field.Decision);
        return row with { Presence = presence, Fields = fields, Decision = decision };
    }

    /// <summary>A field that would have asked the crowd again goes to review instead, and its reason says why.</summary>
    private static FieldDecision ToReview(FieldDecision field, int n, string why)
    {
        if (field.Decision != Decision.More) return field;
        var asking = DecisionRule.NextStep(Decision.More, n) + ".";
        var reason = field.Reason.EndsWith(asking, StringComparison.Ordinal)
            ? field.Reason[..^asking.Length] + why + "."
            : $"{field.Reason} Disputed; {why}.";
        return field with { Decision = Decision.Review, Reason = reason };
    }

    private static AlignedRow DecideRow(IReadOnlyList<FieldSpec> fields, IReadOnlyList<Transcription> transcriptions, IReadOnlyList<int?> sources, ConsensusSettings settings)
    {
        var n = transcriptions.Count;
        var presence = DecidePresence(transcriptions, sources, settings);
        var holders = Enumerable.Range(0, n).Where(t => sources[t] is not null).ToList();

        // Transcriptions without the row abstain on its fields: their silence was already
        // counted once, in the presence vote, and a skipped row is not a row of blanks.
        var decisions = new Dictionary<string, FieldDecision>(fields.Count);
        foreach (var field in fields)
        {
            var witnesses = holders.Select(t =>
            {
                var row = transcriptions[t].Rows[sources[t]!.Value];
                return new Witness(row.TryGetValue(field.Key, out var v) ? v : null, transcriptions[t].Weight, transcriptions[t].Id);
            }).ToList();
            decisions[field.Key] = FieldConsensus.Decide(field.Type, witnesses, n, settings);
        }

        var decision = presence.Decision;
        if (presence.Value == AlignedRow.Present)
            foreach (var field in decisions.Values) decision = DecisionNames.Worst(decision, field.Decision);
        return new AlignedRow(sources, presence, decisions, decision);
    }

    private static FieldDecision DecidePresence(IReadOnlyList<Transcription> transcriptions, IReadOnlyList<int?> sources, ConsensusSettings settings)
    {
        var n = transcriptions.Count;
        var weights = transcriptions.Select(t => t.Weight > 0 && double.IsFinite(t.Weight) ? t.Weight : 0).ToArray();
        if (weights.All(w => w == 0)) Array.Fill(weights, 1.0);
        var total = weights.Sum();
        var have = Enumerable.Range(0, n).Where(t => sources[t] is not null).ToList();
        var lack = Enumerable.Range(0, n).Where(t => sources[t] is null).ToList();
        var present = new Candidate(AlignedRow.Present, have.Sum(t => weights[t]), have.Select(t => transcriptions[t].Id).ToList(), AlignedRow.Present);
        var absent = new Candidate(AlignedRow.Absent, lack.Sum(t => weights[t]), lack.Select(t => transcriptions[t].Id).ToList(), AlignedRow.Absent);

        // The row exists unless a strict majority of the weight lacks it: on a tie, keep what someone saw.
        var (winner, loser, winnerCount) = absent.Support > total / 2 ? (absent, present, lack.Count) : (present, absent, have.Count);
        var decision = DecisionRule.Decide(winner.Support, total, winnerCount, n, settings);
        var reason = winner == present
            ? $"{have.Count} of {n} transcriptions have this row"
            : $"only {have.Count} of {n} transcriptions have this row, so it is left out";
        reason += decision == Decision.Accept ? "." : $"; {DecisionRule.NextStep(decision, n)}.";
        var candidates = loser.Supporters.Count > 0 ? new[] { winner, loser } : [winner];
        return new FieldDecision(winner.Value, FieldConsensus.Agreement(winner.Support, total), decision, candidates, winner.Value, reason);
    }
}
