using BenchmarkDotNet.Attributes;
using Transcribe.Core.Consensus;

namespace Transcribe.Benchmarks.Throughput;

/// <summary>
/// Cells and pages per second through the JSON Lines contract, each beside the time to only
/// parse the same lines: the floor no consensus can go below.
/// </summary>
[MemoryDiagnoser]
public class ConsensusThroughput
{
    private ThroughputInputs _inputs = null!;
    private readonly ConsensusSettings _settings = Synthetic.LedgerProject.Settings;

    public const int Cells = 5000;
    public const int Pages = 40;
    public const int Letters = 40;

    [GlobalSetup]
    public void Setup()
    {
        _inputs = ThroughputInputs.Create(ledgerPages: Pages, letters: Letters);
        _inputs = new ThroughputInputs
        {
            CellLines = _inputs.CellLines.Take(Cells).ToList(),
            PageLines = _inputs.PageLines,
            LongTextLines = _inputs.LongTextLines,
        };
    }

    [Benchmark(OperationsPerInvoke = Cells)]
    public int CellParseOnly()
    {
        var n = 0;
        foreach (var line in _inputs.CellLines) n += ConsensusJson.ParseCell(line).Values.Count;
        return n;
    }

    [Benchmark(OperationsPerInvoke = Cells)]
    public int CellDecide()
    {
        var n = 0;
        foreach (var line in _inputs.CellLines) n += ConsensusJson.DecideCellLine(line, _settings).Length;
        return n;
    }

    [Benchmark(OperationsPerInvoke = Pages)]
    public int PageParseOnly()
    {
        var n = 0;
        foreach (var line in _inputs.PageLines) n += ConsensusJson.ParsePage(line).Transcriptions.Count;
        return n;
    }

    [Benchmark(OperationsPerInvoke = Pages)]
    public int PageDecide()
    {
        var n = 0;
        foreach (var line in _inputs.PageLines) n += ConsensusJson.DecidePageLine(line, _settings).Length;
        return n;
    }

    [Benchmark(OperationsPerInvoke = Letters)]
    public int LetterParseOnly()
    {
        var n = 0;
        foreach (var line in _inputs.LongTextLines) n += ConsensusJson.ParseCell(line).Values.Count;
        return n;
    }

    [Benchmark(OperationsPerInvoke = Letters)]
    public int LetterDecide()
    {
        var n = 0;
        foreach (var line in _inputs.LongTextLines) n += ConsensusJson.DecideCellLine(line, _settings).Length;
        return n;
    }
}
