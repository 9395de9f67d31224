using System.Diagnostics;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Transcribe.Core.Consensus;

namespace Transcribe.Benchmarks.Throughput;

public static class ThroughputRun
{
    /// <summary>The BenchmarkDotNet run: in process (the repository's build settings stay ours), short jobs.</summary>
    public static void Run()
    {
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        var summary = BenchmarkRunner.Run<ConsensusThroughput>(config);
        Console.WriteLine();
        Console.WriteLine("Per operation = per cell, per page or per letter; per second = 1 / mean.");
        foreach (var report in summary.Reports)
        {
            if (report.ResultStatistics is not { } stats) continue;
            var perSecond = 1e9 / stats.Mean;
            Console.WriteLine($"  {report.BenchmarkCase.Descriptor.WorkloadMethod.Name,-18}{stats.Mean / 1000,12:0.0} µs/op{perSecond,14:N0} /s");
        }
    }

    /// <summary>
    /// A quick Stopwatch estimate for the default report; the BenchmarkDotNet run (--throughput)
    /// is the figure to quote.
    /// </summary>
    public static void PrintRough(TextWriter output)
    {
        var inputs = ThroughputInputs.Create();
        var settings = Synthetic.LedgerProject.Settings;
        double Rate(IReadOnlyList<string> lines, Action<string> work)
        {
            foreach (var line in lines.Take(20)) work(line);
            var clock = Stopwatch.StartNew();
            foreach (var line in lines) work(line);
            return lines.Count / clock.Elapsed.TotalSeconds;
        }
        output.WriteLine("Throughput, rough (Stopwatch, one pass; run with --throughput for BenchmarkDotNet figures):");
        output.WriteLine($"  ledger cells (3 values):  {Rate(inputs.CellLines, l => ConsensusJson.DecideCellLine(l, settings)),10:N0} /s decided, {Rate(inputs.CellLines, l => ConsensusJson.ParseCell(l)),10:N0} /s parsed only");
        output.WriteLine($"  ledger pages (3 x ~20 rows): {Rate(inputs.PageLines, l => ConsensusJson.DecidePageLine(l, settings)),7:N0} /s decided, {Rate(inputs.PageLines, l => ConsensusJson.ParsePage(l)),10:N0} /s parsed only");
        if (inputs.LongTextLines.Count > 0)
            output.WriteLine($"  letters (long text, ~5 witnesses): {Rate(inputs.LongTextLines, l => ConsensusJson.DecideCellLine(l, settings)),5:N0} /s decided, {Rate(inputs.LongTextLines, l => ConsensusJson.ParseCell(l)),10:N0} /s parsed only");
    }
}
