using System.Globalization;
using Transcribe.Benchmarks.MutualMuses;
using Transcribe.Benchmarks.Synthetic;
using Transcribe.Benchmarks.Throughput;
using Transcribe.Core.Consensus;

namespace Transcribe.Benchmarks;

/// <summary>
/// `./transcribe bench consensus [options]`: the consensus engine's figures.
///   --data DIR          Mutual Muses folder (default ../shared/data/mutual-muses beside the repository)
///   --pages N           score only the first N Mutual Muses pages
///   --ledger-pages N    synthetic ledger pages per crowd (default 300)
///   --seed N            synthetic seed (default 42)
///   --crowd NAME        careful | realistic | sloppy | all (default all)
///   --more-share X      page redundancy policy for the synthetic crowds (default: the engine's, ConsensusSettings.MoreWhenDisputedShare)
///   --skip-muses, --skip-synthetic, --skip-throughput
///   --throughput        only the BenchmarkDotNet throughput run (slow)
/// </summary>
public static class ConsensusBench
{
    public const string Usage =
        "consensus [--data DIR] [--pages N] [--ledger-pages N] [--seed N] [--crowd careful|realistic|sloppy|all] [--more-share X] [--skip-muses] [--skip-synthetic] [--skip-throughput] [--throughput]";

    public static int Run(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        bool Flag(string name) => args.Contains(name);
        int IntOption(string name, int fallback) => Option(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

        Console.WriteLine($"Consensus engine {EngineVersion.Current}");
        if (Flag("--throughput"))
        {
            ThroughputRun.Run();
            return 0;
        }

        if (!Flag("--skip-muses"))
        {
            var folder = RepositoryPaths.MutualMusesFolder(Option("--data"));
            var path = Path.Combine(folder, "pages.jsonl");
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"Mutual Muses data not found at {path}; pass --data DIR.");
                return 1;
            }
            var limit = Option("--pages") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : (int?)null;
            MutualMusesEvaluation.Print(MutualMusesEvaluation.Run(path, limit, ConsensusSettings.Default), Console.Out);
            Console.WriteLine();
        }

        if (!Flag("--skip-throughput"))
        {
            ThroughputRun.PrintRough(Console.Out);
            Console.WriteLine();
        }

        if (!Flag("--skip-synthetic"))
        {
            var crowdName = Option("--crowd") ?? "all";
            foreach (var level in CrowdLevel.All.Where(l => crowdName == "all" || l.Name == crowdName))
            {
                var seed = IntOption("--seed", 42);
                var pages = IntOption("--ledger-pages", 300);
                var share = Option("--more-share") is { } s ? double.Parse(s, CultureInfo.InvariantCulture) : (double?)null;
                SyntheticEvaluation.Print(SyntheticEvaluation.Run(level, seed, pages, moreWhenDisputedShare: share), Console.Out);
                foreach (var rows in new[] { 10, 5 })
                    SyntheticEvaluation.PrintShortPages(SyntheticEvaluation.Run(level, seed, pages, rows, share), Console.Out);
                Console.WriteLine();
            }
        }
        return 0;
    }
}
