namespace Transcribe.Core.Scans;

/// <summary>
/// Cheap checks of an incoming scan before anything is stored: what its first bytes say it is, whether
/// its last bytes say it is whole, and whether its size is one we agree to decode.
/// </summary>
public static class ImageChecks
{
    public const long DefaultMaxPixels = 400_000_000;

    static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    static ReadOnlySpan<byte> PngEnd => [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]; // the IEND chunk and its CRC

    /// <returns>"jpeg", "png" or "tiff"; null when the bytes are not one of the formats we accept.</returns>
    public static string? DetectFormat(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return "jpeg";
        if (head.StartsWith(Png)) return "png";
        if (head.Length >= 4 && ((head[0] == 'I' && head[1] == 'I' && head[2] == 42 && head[3] == 0)
                              || (head[0] == 'M' && head[1] == 'M' && head[2] == 0 && head[3] == 42))) return "tiff";
        return null;
    }

    /// <summary>
    /// JPEG ends with an EOI marker, PNG with its IEND chunk; a file cut short (an interrupted upload)
    /// lacks them. TIFF has no end marker: a damaged TIFF is caught when its tiles are made.
    /// </summary>
    public static bool LooksComplete(string format, ReadOnlySpan<byte> tail) => format switch
    {
        // Some cameras pad after EOI; accept the marker anywhere in the last bytes.
        "jpeg" => tail.IndexOf([(byte)0xFF, (byte)0xD9]) >= 0,
        "png" => tail.EndsWith(PngEnd),
        _ => true,
    };

    public static string? SizeProblem(long width, long height, long maxPixels)
    {
        if (width <= 0 || height <= 0) return "The image has no pixels.";
        long pixels = width * height;
        return pixels > maxPixels
            ? $"The image is {width:N0} × {height:N0} pixels ({pixels / 1_000_000.0:N0} megapixels), above this site's limit of {maxPixels / 1_000_000:N0} megapixels."
            : null;
    }
}
