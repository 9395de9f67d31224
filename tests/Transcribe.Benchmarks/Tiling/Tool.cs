using System.Diagnostics;

namespace Transcribe.Benchmarks.Tiling;

static class Tool
{
    public static async Task RunAsync(string program, params string[] args) => await OutputAsync(program, args);

    public static async Task<string> OutputAsync(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        string error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed: {error}");
        return await output;
    }
}
