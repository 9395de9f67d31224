using Transcribe.Benchmarks;
using Transcribe.Benchmarks.Tiling;

// ./transcribe bench <what> [options]  (dotnet run -c Release --project tests/Transcribe.Benchmarks -- <what> [options])
switch (args.FirstOrDefault())
{
    case "consensus":
        return ConsensusBench.Run(args[1..]);
    case "tiling":
        return await TilingBench.RunAsync(args[1..]);
    case null:
        int consensus = ConsensusBench.Run([]);
        return consensus != 0 ? consensus : await TilingBench.RunAsync([]);
    default:
        Console.Error.WriteLine("usage: <what> [options], where <what> is one of:");
        Console.Error.WriteLine("  " + ConsensusBench.Usage);
        Console.Error.WriteLine("  tiling");
        return 2;
}
