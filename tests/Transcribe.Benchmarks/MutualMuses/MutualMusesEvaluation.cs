using System.Diagnostics;
using Transcribe.Benchmarks.Text;
using Transcribe.Core.Consensus;

namespace Transcribe.Benchmarks.MutualMuses;

/// <summary>Character error totals of one way of producing a page's text, summed over pages.</summary>
public sealed class ErrorTally
{
    public double Edits { get; private set; }
    public long ReferenceCharacters { get; private set; }
    private double _pageRateSum;
    private int _pages;

    public void Add(double edits, int referenceLength)
    {
        Edits += edits;
        ReferenceCharacters += referenceLength;
        _pageRateSum += edits / Math.Max(1, referenceLength);
        _pages++;
    }

    /// <summary>All edits over all reference characters: long pages weigh more.</summary>
    public double Rate => ReferenceCharacters == 0 ? 0 : Edits / ReferenceCharacters;

    /// <summary>The mean of per-page rates: every page weighs the same.</summary>
    public double MeanPageRate => _pages == 0 ? 0 : _pageRateSum / _pages;
}

/// <summary>One way of producing a page's text, scored with and without editorial tags.</summary>
public sealed class ScoredSystem(string name)
{
    public string Name { get; } = name;
    public ErrorTally All { get; } = new();
    public ErrorTally WithoutTags { get; } = new();
}

public sealed record MutualMusesReport(int Pages, int Witnesses, TimeSpan Elapsed, IReadOnlyList<ScoredSystem> Systems)
{
    public ScoredSystem this[string name] => Systems.First(s => s.Name == name);
}

/// <summary>
/// Scores the free-text path on real crowd data: per page, the selected witness is left out (the
/// reference was made from it), the engine builds a consensus from the others, and every text is
/// scored against the reference by character error rate.
/// </summary>
public static class MutualMusesEvaluation
{
    public const string Consensus = "consensus (this engine)";
    public const string Median = "median single volunteer";
    public const string Mean = "mean single volunteer";
    public const string Best = "best single volunteer (oracle pick)";
    public const string MostCommon = "baseline: most common string";
    public const string WordVote = "baseline: word vote without empty columns";

    public static MutualMusesReport Run(string pagesPath, int? pageLimit, ConsensusSettings settings)
    {
        // Only the text is scored here, so no page should stop early for lack of transcriptions.
        var textSettings = settings with { MaxTranscriptions = int.MaxValue };
        var systems = new[] { Consensus, Median, Mean, Best, MostCommon, WordVote }.Select(n => new ScoredSystem(n)).ToList();
        var byName = systems.ToDictionary(s => s.Name);
        int pages = 0, witnesses = 0;
        var clock = Stopwatch.StartNew();

        foreach (var page in MutualMusesData.Read(pagesPath))
        {
            if (pageLimit is { } limit && pages >= limit) break;
            if (string.IsNullOrWhiteSpace(page.Reference)) continue;
            var texts = page.Unselected.Select(w => w.Text).ToList();
            if (texts.Count == 0) continue;

            var witnessesOfPage = texts.Select((t, i) => new Witness(t, 1.0, $"w{i + 1}")).ToList();
            var outputs = new Dictionary<string, string>
            {
                [Consensus] = FieldConsensus.Decide(FieldType.LongText, witnessesOfPage, texts.Count, textSettings).Value,
                [MostCommon] = TextBaselines.MostCommonString(texts),
                [WordVote] = TextBaselines.WordVoteWithoutEmptyColumns(texts),
            };
            foreach (var dropTags in new[] { false, true })
            {
                var reference = CharacterErrorRate.Prepare(page.Reference, dropTags);
                int Edits(string text) => CharacterErrorRate.Edits(CharacterErrorRate.Prepare(text, dropTags), reference);
                ErrorTally Tally(string name) => dropTags ? byName[name].WithoutTags : byName[name].All;

                var volunteer = texts.Select(Edits).OrderBy(e => e).ToList();
                var middle = volunteer.Count / 2;
                Tally(Median).Add(volunteer.Count % 2 == 1 ? volunteer[middle] : (volunteer[middle - 1] + volunteer[middle]) / 2.0, reference.Length);
                Tally(Best).Add(volunteer[0], reference.Length);
                Tally(Mean).Add(volunteer.Average(), reference.Length);
                foreach (var (name, text) in outputs) Tally(name).Add(Edits(text), reference.Length);
            }
            pages++;
            witnesses += texts.Count;
        }
        return new MutualMusesReport(pages, witnesses, clock.Elapsed, systems);
    }

    public static void Print(MutualMusesReport report, TextWriter output)
    {
        output.WriteLine($"Mutual Muses: {report.Pages} pages, {report.Witnesses} transcriptions (the selected witness of each page left out), {report.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine("  CER = edits / reference characters; whitespace runs count as one space; case and punctuation count.");
        output.WriteLine("  'no tags' also removes [unclear]-style tags from both sides before scoring.");
        output.WriteLine($"  {"",-44}{"CER",9}{"page mean",11}{"CER no tags",13}");
        foreach (var system in report.Systems)
            output.WriteLine($"  {system.Name,-44}{system.All.Rate,9:P2}{system.All.MeanPageRate,11:P2}{system.WithoutTags.Rate,13:P2}");
        var reduction = 1 - report[Consensus].All.Rate / report[Median].All.Rate;
        var reductionNoTags = 1 - report[Consensus].WithoutTags.Rate / report[Median].WithoutTags.Rate;
        output.WriteLine($"  consensus CER vs median volunteer: {reduction:P1} lower ({reductionNoTags:P1} without tags); target at least 40% lower: {(reduction >= 0.40 ? "met" : "NOT met")}");
    }
}
