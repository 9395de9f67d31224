using System.Diagnostics;
using Transcribe.Core.Consensus;

namespace Transcribe.Benchmarks.Synthetic;

/// <summary>Field-level tallies of one system over a run.</summary>
public sealed class SystemScore(string name)
{
    public string Name { get; } = name;
    public int Pages { get; set; }
    public int Transcriptions { get; set; }
    public int TruthFields { get; set; }
    public int RightFields { get; set; }
    public int ExactFields { get; set; }
    public int OutputFields { get; set; }
    public int Accepted { get; set; }
    public int AcceptedRight { get; set; }
    public int Review { get; set; }
    public int MissingRows { get; set; }
    public int SpuriousRows { get; set; }
    public int PagesDoneWithTwo { get; set; }

    public double Accuracy => Ratio(RightFields, TruthFields);
    public double ExactAccuracy => Ratio(ExactFields, TruthFields);
    public double AcceptPrecision => Ratio(AcceptedRight, Accepted);
    public double ReviewShare => Ratio(Review, OutputFields);
    public double AcceptShare => Ratio(Accepted, OutputFields);
    public double TranscriptionsPerPage => Ratio(Transcriptions, Pages);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}

public sealed record CrowdStats(int VolunteerFields, int HarmfulErrors, int NotExact);

public sealed record SyntheticReport(CrowdLevel Level, int Pages, int TruthRows, int TruthFields, TimeSpan Elapsed, CrowdStats Crowd, IReadOnlyList<SystemScore> Systems, int? RowsPerPage, double MoreWhenDisputedShare);

/// <summary>
/// Runs the adaptive process on synthetic ledger pages: each page starts with two transcriptions
/// and gets one more while the system says "more", up to the project maximum. Every system sees
/// the same transcriptions in the same order; the evaluator scores what each ends with against
/// the ground truth.
/// </summary>
public static class SyntheticEvaluation
{
    /// <param name="rowsPerPage">Cut every ledger page to at most this many rows (the generator makes 15 to 25).</param>
    /// <param name="moreWhenDisputedShare">Override the project's page redundancy policy (see <see cref="ConsensusSettings.MoreWhenDisputedShare"/>).</param>
    public static SyntheticReport Run(CrowdLevel level, int seed, int pageCount, int? rowsPerPage = null, double? moreWhenDisputedShare = null)
    {
        var clock = Stopwatch.StartNew();
        var settings = moreWhenDisputedShare is { } share ? LedgerProject.Settings with { MoreWhenDisputedShare = share } : LedgerProject.Settings;
        var template = LedgerProject.Template;
        var fields = template.RowFields.Select(f => f.Key).ToList();
        var truthPages = LedgerProject.TruthPages(seed, pageCount)
            .Select(p => rowsPerPage is { } n ? p.Take(n).ToList() : p)
            .ToList();
        var crowd = new CrowdGenerator(level, seed, fields, LedgerProject.Abbreviations);

        IPageSystem[] systems =
        [
            new EngineSystem(template, settings, learnReliability: true),
            new EngineSystem(template, settings, learnReliability: false),
            new ExactMajoritySystem(template, settings, alignRows: false),
            new ExactMajoritySystem(template, settings, alignRows: true),
        ];
        var scores = systems.Select(s => new SystemScore(s.Name)).ToArray();
        int volunteerFields = 0, harmful = 0, notExact = 0;

        for (var p = 0; p < truthPages.Count; p++)
        {
            var truth = truthPages[p];
            var transcriptions = crowd.TranscribePage(p, truth, settings.MaxTranscriptions);
            foreach (var t in transcriptions)
            for (var r = 0; r < t.Transcription.Rows.Count; r++)
            foreach (var spec in template.RowFields)
            {
                var written = t.Transcription.Rows[r][spec.Key];
                var right = truth[t.Provenance[r]][spec.Key];
                volunteerFields++;
                if (!Same(spec, written, right, settings)) harmful++;
                if (written.Trim() != right) notExact++;
            }

            for (var s = 0; s < systems.Length; s++)
            {
                var n = settings.MinTranscriptions;
                var outcome = systems[s].Decide(transcriptions.Take(n).ToList());
                while (outcome.Decision == Decision.More && n < transcriptions.Count)
                {
                    n++;
                    outcome = systems[s].Decide(transcriptions.Take(n).ToList());
                }
                systems[s].Learn(transcriptions.Take(n).ToList());
                Score(scores[s], outcome, truth, template, settings, n);
            }
        }

        var truthRows = truthPages.Sum(p => p.Count);
        return new SyntheticReport(level, truthPages.Count, truthRows, truthRows * fields.Count, clock.Elapsed,
            new CrowdStats(volunteerFields, harmful, notExact), scores, rowsPerPage, settings.MoreWhenDisputedShare);
    }

    private static void Score(SystemScore score, PageOutcome outcome, IReadOnlyList<IReadOnlyDictionary<string, string>> truth,
        PageTemplate template, ConsensusSettings settings, int transcriptions)
    {
        score.Pages++;
        score.Transcriptions += transcriptions;
        // Done with the crowd at two: accepted, or (few disputes) sent straight to review.
        if (transcriptions == settings.MinTranscriptions && outcome.Decision != Decision.More) score.PagesDoneWithTwo++;

        var matched = new Dictionary<int, OutputRow>();
        foreach (var row in outcome.Rows)
        {
            var real = row.TruthRow >= 0 && row.TruthRow < truth.Count && matched.TryAdd(row.TruthRow, row);
            if (!real) score.SpuriousRows++;
            foreach (var spec in template.RowFields)
            {
                var (value, decision) = row.Fields[spec.Key];
                score.OutputFields++;
                if (decision == Decision.Review) score.Review++;
                if (decision != Decision.Accept) continue;
                score.Accepted++;
                if (real && Same(spec, value, truth[row.TruthRow][spec.Key], settings)) score.AcceptedRight++;
            }
        }
        for (var r = 0; r < truth.Count; r++)
        {
            score.TruthFields += template.RowFields.Count;
            if (!matched.TryGetValue(r, out var row))
            {
                score.MissingRows++;
                continue;
            }
            foreach (var spec in template.RowFields)
            {
                var value = row.Fields[spec.Key].Value;
                if (Same(spec, value, truth[r][spec.Key], settings)) score.RightFields++;
                if (value.Trim() == truth[r][spec.Key]) score.ExactFields++;
            }
        }
    }

    /// <summary>Right means the same value under the field's rule (so "Fm." = "Formation" and "8/3/1923" = "Aug. 3, 1923").</summary>
    private static bool Same(FieldSpec spec, string a, string b, ConsensusSettings settings) =>
        Normalizer.Same(Normalizer.Normalize(spec.Type, a, settings), Normalizer.Normalize(spec.Type, b, settings), settings);

    public static void Print(SyntheticReport report, TextWriter output)
    {
        var level = report.Level;
        var crowd = report.Crowd;
        output.WriteLine($"Synthetic ledger crowd '{level.Name}': {level.CarefulShare:P0} careful / {level.AverageShare:P0} average / {level.SloppyShare:P0} sloppy / {level.PoorShare:P0} poor volunteers, "
                         + $"{level.HardCellRate:P1} of cells hard to read; {report.Pages} pages, {report.TruthRows} rows, {report.TruthFields} fields, {report.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine($"  single volunteer: {Ratio(crowd.HarmfulErrors, crowd.VolunteerFields):P2} of fields wrong, "
                         + $"{Ratio(crowd.NotExact, crowd.VolunteerFields):P2} not written exactly as the ledger (restyled or wrong)");
        output.WriteLine($"  {"",-50}{"right",8}{"exact",8}{"accepted",10}{"acc. right",12}{"review",8}{"transcr./page",15}{"done at 2",11}{"rows missing/extra",20}");
        foreach (var s in report.Systems)
        {
            output.WriteLine($"  {s.Name,-50}{s.Accuracy,8:P2}{s.ExactAccuracy,8:P2}{s.AcceptShare,10:P1}{s.AcceptPrecision,12:P2}{s.ReviewShare,8:P1}"
                             + $"{s.TranscriptionsPerPage,15:0.00}{Ratio(s.PagesDoneWithTwo, s.Pages),11:P0}{$"{s.MissingRows}/{s.SpuriousRows}",20}");
        }
        var engine = report.Systems[0];
        output.WriteLine($"  targets for the engine (a page asks the crowd again when >= {report.MoreWhenDisputedShare * 100:0.#} % of its decisions are disputed): "
                         + $"accepted right >= 99.5% ({engine.AcceptPrecision:P2}, {Verdict(engine.AcceptPrecision >= 0.995)}), review <= 15% ({engine.ReviewShare:P1}, {Verdict(engine.ReviewShare <= 0.15)}), "
                         + $"<= 2.6 transcriptions per page ({engine.TranscriptionsPerPage:0.00}, {Verdict(engine.TranscriptionsPerPage <= 2.6)})");
    }

    /// <summary>One line: how the engine fares when pages are cut shorter, since every row adds a chance of a dispute.</summary>
    public static void PrintShortPages(SyntheticReport report, TextWriter output)
    {
        var engine = report.Systems[0];
        output.WriteLine($"  same crowd, pages cut to {report.RowsPerPage} rows: {engine.TranscriptionsPerPage:0.00} transcriptions per page, "
                         + $"{Ratio(engine.PagesDoneWithTwo, engine.Pages):P0} done at 2, accepted right {engine.AcceptPrecision:P2}, review {engine.ReviewShare:P1}, right {engine.Accuracy:P2}");
    }

    private static string Verdict(bool met) => met ? "met" : "NOT met";

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
