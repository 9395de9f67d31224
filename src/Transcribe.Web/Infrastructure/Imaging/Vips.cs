using System.Diagnostics;

namespace Transcribe.Web.Infrastructure.Imaging;

/// <param name="retryable">False when the file itself is the problem: trying again cannot help.</param>
public sealed class ImagingException(string message, bool retryable = false) : Exception(message)
{
    public bool Retryable { get; } = retryable;
}

public sealed record ImageHeader(int Width, int Height, string Format);

/// <summary>
/// libvips through its command-line tools (Debian's libvips-tools), each run under a time limit so
/// a hostile or broken file cannot hold a worker forever.
/// </summary>
public sealed class Vips(IConfiguration configuration, ILogger<Vips> logger)
{
    TimeSpan Timeout => TimeSpan.FromSeconds(configuration.GetValue("Transcribe:VipsTimeoutSeconds", 600.0));

    static readonly Dictionary<string, string> Loaders = new()
    {
        ["jpegload"] = "jpeg", ["pngload"] = "png", ["tiffload"] = "tiff", ["webpload"] = "webp", ["jp2kload"] = "jp2",
    };

    /// <summary>Reads size and format from the file's header only: no pixels are decoded, so a decompression bomb costs nothing.</summary>
    public async Task<ImageHeader> HeaderAsync(string path, CancellationToken ct)
    {
        // One process for all three fields: `vipsheader -a` prints "name: value" lines.
        var fields = (await RunAsync("vipsheader", ["-a", path], TimeSpan.FromSeconds(30), ct))
            .Split('\n')
            .Select(line => line.Split(": ", 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0].Trim())
            .ToDictionary(g => g.Key, g => g.First()[1].Trim());
        string loader = fields.GetValueOrDefault("vips-loader", "");
        if (!Loaders.TryGetValue(loader, out string? format))
            throw new ImagingException($"Unsupported image format ({loader}). Use JPEG, PNG or TIFF.");
        if (!int.TryParse(fields.GetValueOrDefault("width"), out int width) || !int.TryParse(fields.GetValueOrDefault("height"), out int height))
            throw new ImagingException("The image's size could not be read.");
        return new ImageHeader(width, height, format);
    }

    /// <summary>Makes IIIF Image API 3 level-0 static tiles (512 px) in <paramref name="folder"/>.</summary>
    public async Task TileAsync(string source, string folder, CancellationToken ct)
    {
        string parent = Path.GetDirectoryName(folder)!;
        string scratch = Path.Combine(parent, "." + Path.GetFileName(folder) + "-" + Guid.NewGuid().ToString("N")[..8]);
        // dzsave writes into <scratch>/; moved into place only when whole, so a half-tiled image is never served.
        // "[fail]" makes libvips stop at the first damaged scanline instead of tiling grey.
        await RunAsync("vips", ["dzsave", source + "[fail]", scratch, "--layout", "iiif3", "--tile-size", "512", "--suffix", ".jpg[Q=85]"], Timeout, ct);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.Move(scratch, folder);
    }

    /// <summary>A JPEG copy of the whole image, written whole or not at all.</summary>
    public async Task ConvertAsync(string source, string target, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        string part = target + "." + Guid.NewGuid().ToString("N")[..8] + ".jpg";
        await RunAsync("vips", ["copy", source, part + "[Q=90,strip]"], Timeout, ct);
        File.Move(part, target, overwrite: true);
    }

    public async Task ThumbnailAsync(string source, string target, int width, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // Written beside and renamed: two requests for the same new thumbnail never see half a file.
        string part = target + "." + Guid.NewGuid().ToString("N")[..8] + ".jpg";
        await RunAsync("vipsthumbnail", [source, "--size", $"{width}x", "-o", part + "[Q=82,strip]"], Timeout, ct);
        File.Move(part, target, overwrite: true);
    }

    async Task<string> RunAsync(string program, string[] args, TimeSpan limit, CancellationToken ct)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in args) info.ArgumentList.Add(arg);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(limit);
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new ImagingException($"{program} could not be started.", retryable: true);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new ImagingException($"{program} is not installed (apt-get install libvips-tools).", retryable: true);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                if (ct.IsCancellationRequested) throw;
                throw new ImagingException($"The image took longer than {limit.TotalSeconds:0.##} s to process and was stopped.", retryable: true);
            }
            if (process.ExitCode != 0)
            {
                string error = (await stderr).Trim();
                logger.LogInformation("{Program} failed: {Error}", program, error);
                throw new ImagingException(FriendlyError(error));
            }
            return await stdout;
        }
    }

    static string FriendlyError(string vipsError) =>
        vipsError.Contains("is not a known file format", StringComparison.Ordinal) ? "This file is not an image we can read (JPEG, PNG or TIFF)."
        : vipsError.Contains("premature end", StringComparison.OrdinalIgnoreCase) || vipsError.Contains("truncated", StringComparison.OrdinalIgnoreCase)
            || vipsError.Contains("read error", StringComparison.OrdinalIgnoreCase) || vipsError.Contains("out of data", StringComparison.OrdinalIgnoreCase)
            ? "The image file is damaged or incomplete (was the upload cut short?)."
        : "The image could not be read: " + vipsError.Split('\n')[0];
}
