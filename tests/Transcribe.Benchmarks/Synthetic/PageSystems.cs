using Transcribe.Core.Consensus;

namespace Transcribe.Benchmarks.Synthetic;

/// <summary>One output row of a system, and the ground-truth row the evaluator traces it to (-1: none).</summary>
public sealed record OutputRow(int TruthRow, IReadOnlyDictionary<string, (string Value, Decision Decision)> Fields);

public sealed record PageOutcome(Decision Decision, IReadOnlyList<OutputRow> Rows);

/// <summary>A way of deciding a page from its transcriptions: the engine, or a baseline.</summary>
public interface IPageSystem
{
    string Name { get; }
    PageOutcome Decide(IReadOnlyList<SyntheticTranscription> transcriptions);

    /// <summary>Called once a page is final, so systems that learn (volunteer reliability) can learn.</summary>
    void Learn(IReadOnlyList<SyntheticTranscription> transcriptions) { }
}

/// <summary>This engine: row alignment, typed comparison, weighted vote, decisions.</summary>
public sealed class EngineSystem(PageTemplate template, ConsensusSettings settings, bool learnReliability) : IPageSystem
{
    private readonly Dictionary<string, (int Agreed, int Compared)> _record = [];
    private PageDecision? _last;

    public string Name => learnReliability ? "engine, reliability weights" : "engine, equal weights";

    public PageOutcome Decide(IReadOnlyList<SyntheticTranscription> transcriptions)
    {
        var weighted = transcriptions.Select(t => t.Transcription with { Weight = Weight(t.Transcription.VolunteerId) }).ToList();
        var page = PageConsensus.Decide(template, weighted, settings);
        _last = page;
        var rows = page.KeptRows.Select(row => new OutputRow(
            TraceToTruth(row, transcriptions),
            row.Fields.ToDictionary(f => f.Key, f => (f.Value.Value, f.Value.Decision)))).ToList();
        return new PageOutcome(page.Decision, rows);
    }

    /// <summary>Agreement with the reconciled (accepted) values is what reliability measures.</summary>
    public void Learn(IReadOnlyList<SyntheticTranscription> transcriptions)
    {
        if (!learnReliability || _last is null) return;
        var volunteerOf = transcriptions.ToDictionary(t => t.Transcription.Id, t => t.Transcription.VolunteerId);
        foreach (var row in _last.KeptRows)
        foreach (var field in row.Fields.Values.Where(f => f.Decision == Decision.Accept))
        {
            var agreeing = field.Candidates[0].Supporters.ToHashSet();
            foreach (var candidate in field.Candidates)
            foreach (var supporter in candidate.Supporters)
            {
                var volunteer = volunteerOf[supporter];
                var (agreed, compared) = _record.GetValueOrDefault(volunteer);
                _record[volunteer] = (agreed + (agreeing.Contains(supporter) ? 1 : 0), compared + 1);
            }
        }
    }

    private double Weight(string volunteer) =>
        learnReliability && _record.TryGetValue(volunteer, out var r) ? Reliability.Weight(r.Agreed, r.Compared) : 1.0;

    private static int TraceToTruth(AlignedRow row, IReadOnlyList<SyntheticTranscription> transcriptions) =>
        row.Sources.Select((source, t) => source is { } r ? transcriptions[t].Provenance[r] : -1)
            .Where(p => p >= 0)
            .GroupBy(p => p)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => g.Key)
            .DefaultIfEmpty(-1)
            .First();
}

/// <summary>
/// What platforms that compare exactly do: a field is accepted when enough transcriptions hold
/// the identical string (trimmed). Rows are paired by their position on the page, or, to separate
/// the effect of row alignment from that of typed comparison, by this engine's row alignment.
/// </summary>
public sealed class ExactMajoritySystem(PageTemplate template, ConsensusSettings settings, bool alignRows) : IPageSystem
{
    public string Name => alignRows ? "baseline: exact majority, engine's row alignment" : "baseline: exact majority, rows by position";

    public PageOutcome Decide(IReadOnlyList<SyntheticTranscription> transcriptions)
    {
        var n = transcriptions.Count;
        IReadOnlyList<int?[]> rows = alignRows
            ? RowAlignment.Align(template.RowFields, transcriptions.Select(t => t.Transcription.Rows).ToList(), settings)
                .Where(r => r.Count(s => s is not null) * 2 > n).ToList()
            : Enumerable.Range(0, transcriptions.Max(t => t.Transcription.Rows.Count))
                .Select(i => transcriptions.Select(t => i < t.Transcription.Rows.Count ? i : (int?)null).ToArray()).ToList();

        var decision = Decision.Accept;
        var output = new List<OutputRow>();
        for (var i = 0; i < rows.Count; i++)
        {
            var fields = new Dictionary<string, (string, Decision)>();
            foreach (var field in template.RowFields)
            {
                var values = rows[i].Select((r, t) => r is { } index ? transcriptions[t].Transcription.Rows[index].GetValueOrDefault(field.Key, "").Trim() : null)
                    .OfType<string>().ToList();
                var top = values.GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First();
                var fieldDecision = DecisionRule.Decide(top.Count(), values.Count, top.Count(), n, settings);
                fields[field.Key] = (top.Key, fieldDecision);
                decision = DecisionNames.Worst(decision, fieldDecision);
            }
            var truth = alignRows
                ? rows[i].Select((r, t) => r is { } index ? transcriptions[t].Provenance[index] : -1).Where(p => p >= 0)
                    .GroupBy(p => p).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).DefaultIfEmpty(-1).First()
                : i;
            output.Add(new OutputRow(truth, fields));
        }
        return new PageOutcome(decision, output);
    }
}
