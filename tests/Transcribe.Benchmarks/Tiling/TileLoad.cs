using System.Globalization;
using System.Text.RegularExpressions;

namespace Transcribe.Benchmarks.Tiling;

/// <summary>
/// Drives a tile server with wrk (a separate, efficient C load generator, so it costs both servers
/// the same): 32 connections cycling through every tile URL of the image for a fixed time.
/// </summary>
static partial class TileLoad
{
    const int Seconds = 10;

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex Rate();

    public static async Task<double> RequestsPerSecondAsync(string baseUrl, IReadOnlyList<string> paths, string work)
    {
        string script = Path.Combine(work, "tiles.lua");
        string list = string.Join(",\n", paths.Select(p => "\"" + p + "\""));
        await File.WriteAllTextAsync(script, $$"""
            local paths = { {{list}} }
            local i = 0
            request = function()
              i = i % #paths + 1
              return wrk.format("GET", paths[i])
            end
            """);
        await Tool.RunAsync("wrk", "-t", "2", "-c", "32", "-d", "2s", "-s", script, baseUrl); // warm-up
        string output = await Tool.OutputAsync("wrk", "-t", "2", "-c", "32", "-d", $"{Seconds}s", "-s", script, baseUrl);
        if (output.Contains("Non-2xx", StringComparison.Ordinal))
            throw new InvalidOperationException($"{baseUrl} answered errors under load:\n{output}");
        return double.Parse(Rate().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
    }
}
