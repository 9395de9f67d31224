using System.ComponentModel;
using System.Diagnostics;

namespace Transcribe.DemoLedger;

/// <summary>Runs one command-line program (vips, fc-list) with a time limit, turning every failure into a clear message.</summary>
internal sealed class ExternalCommand(string executable, TimeSpan timeout, string installHint)
{
    public async Task<string> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var display = $"{executable} {string.Join(' ', arguments.Take(1))}";

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new LedgerRenderException($"Could not start '{executable}'. {installHint}");
        }
        catch (Win32Exception e)
        {
            throw new LedgerRenderException($"The program '{executable}' was not found or could not be started ({e.Message}). {installHint}", e);
        }

        using (process)
        {
            // Both pipes are drained while waiting, or a chatty process could block on a full pipe and look hung.
            var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                throw new LedgerRenderException($"'{display}' did not finish within {timeout.TotalSeconds:0} s and was stopped.");
            }
            var stderr = (await errors).Trim();
            if (process.ExitCode != 0)
            {
                throw new LedgerRenderException(
                    $"'{display}' failed with exit code {process.ExitCode}: {(stderr.Length > 0 ? stderr : "(no message)")}");
            }
            return await output;
        }
    }
}
