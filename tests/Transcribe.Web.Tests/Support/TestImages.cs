using System.Diagnostics;

namespace Transcribe.Web.Tests.Support;

/// <summary>Real image files made with libvips: noise, so every call gives a different scan (and hash).</summary>
public static class TestImages
{
    public static string Folder() => Directory.CreateTempSubdirectory("transcribe-images-").FullName;

    public static async Task<string> MakeAsync(string folder, string name, int width = 900, int height = 1200)
    {
        string path = Path.Combine(folder, name);
        await VipsAsync("gaussnoise", path, width.ToString(), height.ToString(), "--mean", "170", "--sigma", "40");
        return path;
    }

    static async Task VipsAsync(params string[] args)
    {
        var info = new ProcessStartInfo("vips") { RedirectStandardError = true };
        foreach (string arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        string error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException("vips failed: " + error);
    }
}
