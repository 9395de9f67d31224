using System.Text.Json;
using Transcribe.Benchmarks.MutualMuses;
using Transcribe.Benchmarks.Synthetic;
using Transcribe.Core.Consensus;

namespace Transcribe.Benchmarks.Throughput;

/// <summary>
/// The JSON Lines inputs that throughput is measured on, built once from the synthetic crowd
/// (ledger cells and pages, three transcriptions each) and from real letters (long-text cells).
/// </summary>
public sealed class ThroughputInputs
{
    public required IReadOnlyList<string> CellLines { get; init; }
    public required IReadOnlyList<string> PageLines { get; init; }
    public required IReadOnlyList<string> LongTextLines { get; init; }

    public static ThroughputInputs Create(int seed = 7, int ledgerPages = 40, int letters = 40)
    {
        var template = LedgerProject.Template;
        var fields = template.RowFields.Select(f => f.Key).ToList();
        var crowd = new CrowdGenerator(CrowdLevel.Realistic, seed, fields, LedgerProject.Abbreviations);
        var cells = new List<string>();
        var pages = new List<string>();
        var truthPages = LedgerProject.TruthPages(seed, ledgerPages);
        for (var p = 0; p < truthPages.Count; p++)
        {
            var transcriptions = crowd.TranscribePage(p, truthPages[p], 3);
            pages.Add(PageLine($"page-{p}", template, transcriptions.Select(t => t.Transcription).ToList()));
            for (var r = 0; r < truthPages[p].Count; r++)
            foreach (var spec in template.RowFields)
            {
                var values = transcriptions
                    .Select(t => t.Provenance.ToList().IndexOf(r) is var i and >= 0 ? t.Transcription.Rows[i][spec.Key] : "")
                    .ToList();
                cells.Add(JsonSerializer.Serialize(new { id = $"p{p}.r{r}.{spec.Key}", type = spec.Type.ToName(), values }));
            }
        }

        var folder = Environment.GetEnvironmentVariable("TRANSCRIBE_MUSES_DATA") ?? RepositoryPaths.MutualMusesFolder(null);
        var path = Path.Combine(folder, "pages.jsonl");
        var longText = File.Exists(path)
            ? MutualMusesData.Read(path).Take(letters)
                .Select(page => JsonSerializer.Serialize(new { id = page.Page, type = "longtext", values = page.Unselected.Select(w => w.Text).ToList() }))
                .ToList()
            : [];
        return new ThroughputInputs { CellLines = cells, PageLines = pages, LongTextLines = longText };
    }

    private static string PageLine(string id, PageTemplate template, IReadOnlyList<Transcription> transcriptions) =>
        JsonSerializer.Serialize(new
        {
            id,
            template = new { fields = template.RowFields.Select(f => new { key = f.Key, type = f.Type.ToName(), isKey = f.IsKey }) },
            transcriptions = transcriptions.Select(t => new { id = t.Id, volunteer = t.VolunteerId, weight = t.Weight, rows = t.Rows }),
        });
}
