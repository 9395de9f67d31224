using Transcribe.DemoLedger;
using Transcribe.Core.Consensus;

namespace Transcribe.Benchmarks.Synthetic;

/// <summary>
/// One synthetic transcription and, per row, the index of the ground-truth row it was copied from
/// (what an evaluator knows and the engine must not).
/// </summary>
public sealed record SyntheticTranscription(Transcription Transcription, VolunteerProfile Volunteer, IReadOnlyList<int> Provenance);

/// <summary>
/// Makes independent transcriptions of ground-truth pages by a pool of volunteers who err in
/// realistic, varied ways. Deterministic: the same seed gives the same crowd and the same slips.
/// </summary>
public sealed class CrowdGenerator
{
    private readonly CrowdLevel _level;
    private readonly int _seed;
    private readonly IReadOnlyList<string> _fields;
    private readonly IReadOnlyDictionary<string, string> _abbreviations;

    public CrowdGenerator(CrowdLevel level, int seed, IReadOnlyList<string> fields, IReadOnlyDictionary<string, string> abbreviations, int poolSize = 60)
    {
        _level = level;
        _seed = seed;
        _fields = fields;
        _abbreviations = abbreviations;
        Pool = level.Pool(poolSize, new Prng(seed, $"pool/{level.Name}"));
    }

    public IReadOnlyList<VolunteerProfile> Pool { get; }

    /// <summary><paramref name="count"/> transcriptions of one page by distinct volunteers, in the order they would arrive.</summary>
    public IReadOnlyList<SyntheticTranscription> TranscribePage(int page, IReadOnlyList<IReadOnlyDictionary<string, string>> truth, int count)
    {
        var rng = new Prng(_seed, $"page/{_level.Name}/{page}");
        var hard = HardCells(truth, rng.Fork("hard"));
        var volunteers = Pool.OrderBy(_ => rng.NextUInt64()).Take(count).ToList();
        return volunteers.Select((v, slot) => Transcribe(page, slot, v, truth, hard, rng.Fork($"slot/{slot}"))).ToList();
    }

    /// <summary>Cells the ledger makes hard to read, each with the misreading volunteers tend to make of it.</summary>
    private Dictionary<(int Row, string Field), string> HardCells(IReadOnlyList<IReadOnlyDictionary<string, string>> truth, Prng rng)
    {
        var hard = new Dictionary<(int, string), string>();
        for (var r = 0; r < truth.Count; r++)
        foreach (var field in _fields)
        {
            if (!rng.Chance(_level.HardCellRate) || truth[r][field].Length == 0) continue;
            if (Keyboard.Misreading(truth[r][field], rng) is { } misread) hard[(r, field)] = misread;
        }
        return hard;
    }

    private SyntheticTranscription Transcribe(int page, int slot, VolunteerProfile v, IReadOnlyList<IReadOnlyDictionary<string, string>> truth,
        Dictionary<(int Row, string Field), string> hard, Prng rng)
    {
        var rows = new List<IReadOnlyDictionary<string, string>>();
        var provenance = new List<int>();
        for (var r = 0; r < truth.Count; r++)
        {
            if (rng.Chance(v.SkipRow)) continue;
            var row = new Dictionary<string, string>();
            foreach (var field in _fields)
            {
                var value = truth[r][field];
                if (hard.TryGetValue((r, field), out var misread) && rng.Chance(v.Misread)) value = misread;
                if (rng.Chance(v.Typo)) value = Keyboard.Typo(value, rng);
                if (rng.Chance(v.Restyle)) value = Restyle.Apply(field, value, _abbreviations, rng);
                if (rng.Chance(v.Omission)) value = "";
                row[field] = value;
            }
            if (rng.Chance(v.ColumnShift))
            {
                // A value typed one column to the right: it overwrites its neighbour and leaves its own cell empty.
                var k = 1 + rng.Next(_fields.Count - 2);
                row[_fields[k + 1]] = row[_fields[k]];
                row[_fields[k]] = "";
            }
            rows.Add(row);
            provenance.Add(r);
            if (rng.Chance(v.DoubleRow))
            {
                rows.Add(new Dictionary<string, string>(row));
                provenance.Add(r);
            }
        }
        var transcription = new Transcription($"p{page}-t{slot + 1}", v.Id, 1.0, rows);
        return new SyntheticTranscription(transcription, v, provenance);
    }
}
