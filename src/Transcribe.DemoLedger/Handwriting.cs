namespace Transcribe.DemoLedger;

/// <summary>
/// Fits text into ledger cells. The SVG is rendered by librsvg, which we cannot ask for text extents,
/// so widths come from the advance widths of URW Chancery (Z003-MediumItalic.afm, fonts-urw-base35).
/// </summary>
internal static class Handwriting
{
    public const string FontFamily = "Z003";

    // Advance widths per 1000 em units for ' ' (32) through '~' (126).
    private static readonly short[] AsciiWidths =
    [
        220, 280, 220, 440, 440, 680, 780, 240, 260, 220, 420, 520, 220, 280, 220, 340, 440, 440, 440, 440, 440, 440, 440, 440,
        440, 440, 260, 240, 520, 520, 520, 380, 700, 620, 600, 520, 700, 620, 580, 620, 680, 380, 400, 660, 580, 840, 700, 600,
        540, 600, 600, 460, 500, 740, 640, 880, 560, 560, 620, 240, 480, 320, 520, 500, 240, 420, 420, 340, 440, 340, 320, 400,
        440, 240, 220, 440, 240, 620, 460, 400, 440, 400, 300, 320, 320, 460, 440, 680, 420, 400, 440, 240, 520, 240, 520,
    ];

    public static double Width(string text, double fontSize)
    {
        var units = 0;
        foreach (var c in text)
        {
            units += c switch
            {
                >= ' ' and <= '~' => AsciiWidths[c - ' '],
                '°' => 400,
                _ => 500,
            };
        }
        return units * fontSize / 1000.0;
    }

    /// <summary>
    /// Lays a value out in a cell the way a clerk would: one line at the usual size, else a little
    /// smaller, else two lines in a smaller hand, broken after a comma where possible.
    /// </summary>
    public static (IReadOnlyList<string> Lines, double FontSize) Fit(string text, double width, double fontSize)
    {
        if (Width(text, fontSize) <= width) return ([text], fontSize);
        var squeezed = fontSize * 0.86;
        if (Width(text, squeezed) <= width) return ([text], squeezed);

        var (first, second) = SplitInTwo(text);
        var size = fontSize * 0.74;
        var widest = Math.Max(Width(first, size), Width(second, size));
        if (widest > width) size *= width / widest;
        return (second.Length == 0 ? [first] : [first, second], size);
    }

    private static (string First, string Second) SplitInTwo(string text)
    {
        var best = -1;
        var bestScore = double.MaxValue;
        for (var i = 1; i < text.Length - 1; i++)
        {
            if (text[i] != ' ') continue;
            // Prefer a break after a comma; otherwise the most even split.
            var balance = Math.Abs(Width(text[..i], 1) - Width(text[(i + 1)..], 1));
            var score = text[i - 1] == ',' ? balance * 0.6 : balance + 0.8;
            if (score < bestScore) (best, bestScore) = (i, score);
        }
        return best < 0 ? (text, "") : (text[..best], text[(best + 1)..]);
    }
}
