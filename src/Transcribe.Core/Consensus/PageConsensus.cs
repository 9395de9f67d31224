namespace Transcribe.Core.Consensus;

/// <summary>
/// Decides a whole page: aligns the transcriptions' rows, votes on whether each aligned row
/// exists, decides each field of each row and each page-level field by its type's rule, and
/// derives the page's decision from all of them. A page whose first two transcriptions agree
/// everywhere is accepted with two; a disputed one asks for one more, up to the project maximum.
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

        var decision = n == 0 ? Decision.More : Decision.Accept;
        foreach (var field in pageFields.Values) decision = DecisionNames.Worst(decision, field.Decision);
        foreach (var row in rows) decision = DecisionNames.Worst(decision, row.Decision);
        return new PageDecision(pageFields, rows, decision, n, EngineVersion.Current);
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
        reason += decision switch
        {
            Decision.Accept => ".",
            Decision.More => $"; asking for another transcription ({n} so far).",
            _ => $"; for review after {n} transcriptions.",
        };
        var candidates = loser.Supporters.Count > 0 ? new[] { winner, loser } : [winner];
        return new FieldDecision(winner.Value, FieldConsensus.Agreement(winner.Support, total), decision, candidates, winner.Value, reason);
    }
}
