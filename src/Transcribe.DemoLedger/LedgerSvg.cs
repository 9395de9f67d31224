using System.Globalization;
using System.Security;
using System.Text;

namespace Transcribe.DemoLedger;

/// <summary>
/// Draws one ledger page as SVG: aged paper with foxing and a gutter shadow, printed title and column
/// headers, faded ruling, and the rows in a Chancery hand whose size, slant, baseline and ink drift
/// from row to row. The grain of the paper is added afterwards by libvips (see <see cref="LedgerRenderer"/>).
/// </summary>
internal static class LedgerSvg
{
    public const int Width = 3200;
    public const int Height = 4300;

    private const string PrintFont = "C059";
    private const int MarginX = 110;
    private const int HeaderTop = 300;
    private const int HeaderBottom = 420;
    private const int RuledLines = LedgerRows.MaxRowsPerPage;
    private const double RowHeight = (Height - HeaderBottom - 160.0) / RuledLines;

    // Column widths in pixels, in the order of LedgerRow.FieldKeys; they fill the page between the margins.
    private static readonly int[] ColumnWidths = [230, 380, 310, 930, 380, 350, 400];

    private static readonly (int R, int G, int B)[] Inks =
        [(44, 31, 25), (60, 40, 28), (84, 58, 38), (32, 35, 54), (52, 44, 40), (70, 48, 30)];

    public static string Build(LedgerPage page, ulong seed)
    {
        if (page.Rows.Count > RuledLines)
        {
            throw new ArgumentException($"A ledger page has {RuledLines} ruled lines; page {page.Sequence} has {page.Rows.Count} rows.", nameof(page));
        }
        var random = new Prng(seed);
        var svg = new StringBuilder(64 * 1024);
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\">\n");
        Paper(svg, random, recto: page.Sequence % 2 == 1);

        // The sheet lay a little crooked on the scanner: everything printed or written turns together.
        svg.Append(CultureInfo.InvariantCulture, $"<g transform=\"rotate({F(random.Range(-0.7, 0.7))} {Width / 2} {Height / 2})\">\n");
        Printing(svg, random, page);
        Rows(svg, random, page.Rows);
        svg.Append("</g>\n</svg>\n");
        return svg.ToString();
    }

    private static void Paper(StringBuilder svg, Prng random, bool recto)
    {
        var (r, g, b) = (random.Next(222, 236), random.Next(206, 220), random.Next(168, 188));
        svg.Append(CultureInfo.InvariantCulture, $"""
            <defs>
              <radialGradient id="vignette" cx="50%" cy="50%" r="72%">
                <stop offset="0.5" stop-color="rgb(110,72,30)" stop-opacity="0"/>
                <stop offset="1" stop-color="rgb(110,72,30)" stop-opacity="{F(random.Range(0.4, 0.55))}"/>
              </radialGradient>
              <linearGradient id="gutter" x1="{(recto ? 0 : 1)}" x2="{(recto ? 1 : 0)}" y1="0" y2="0">
                <stop offset="0" stop-color="rgb(60,40,20)" stop-opacity="0.55"/>
                <stop offset="0.35" stop-color="rgb(80,55,25)" stop-opacity="0.18"/>
                <stop offset="1" stop-color="rgb(80,55,25)" stop-opacity="0"/>
              </linearGradient>
              <linearGradient id="dust" x1="0" x2="0" y1="0" y2="1">
                <stop offset="0" stop-color="rgb(95,65,30)" stop-opacity="0.35"/>
                <stop offset="1" stop-color="rgb(95,65,30)" stop-opacity="0"/>
              </linearGradient>
              <radialGradient id="fox">
                <stop offset="0" stop-color="rgb(120,70,30)" stop-opacity="0.8"/>
                <stop offset="0.5" stop-color="rgb(140,90,40)" stop-opacity="0.35"/>
                <stop offset="1" stop-color="rgb(140,90,40)" stop-opacity="0"/>
              </radialGradient>
              <radialGradient id="tide">
                <stop offset="0" stop-color="rgb(150,105,50)" stop-opacity="0.05"/>
                <stop offset="0.9" stop-color="rgb(150,105,50)" stop-opacity="0.08"/>
                <stop offset="0.97" stop-color="rgb(120,80,35)" stop-opacity="0.22"/>
                <stop offset="1" stop-color="rgb(120,80,35)" stop-opacity="0"/>
              </radialGradient>
            </defs>
            <rect width="{Width}" height="{Height}" fill="rgb({r},{g},{b})"/>
            <rect width="{Width}" height="{Height}" fill="url(#vignette)"/>
            <rect x="{(recto ? 0 : Width - 260)}" width="260" height="{Height}" fill="url(#gutter)"/>
            <rect width="{Width}" height="90" fill="url(#dust)"/>

            """);
        if (random.Chance(0.6))
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<ellipse cx=\"{random.Next(300, Width - 300)}\" cy=\"{random.Next(400, Height - 400)}\" rx=\"{random.Next(250, 700)}\" ry=\"{random.Next(200, 600)}\" fill=\"url(#tide)\"/>\n");
        }
        var spots = random.Next(12, 40);
        for (var i = 0; i < spots; i++)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<circle cx=\"{random.Next(0, Width)}\" cy=\"{random.Next(0, Height)}\" r=\"{F(random.Range(3, 22))}\" fill=\"url(#fox)\" opacity=\"{F(random.Range(0.2, 0.7))}\"/>\n");
        }
    }

    private static void Printing(StringBuilder svg, Prng random, LedgerPage page)
    {
        var left = MarginX;
        var right = Width - MarginX;
        var bottom = HeaderBottom + RowHeight * RuledLines;
        const string printInk = "rgb(58,42,34)";
        svg.Append(CultureInfo.InvariantCulture, $"""
            <g font-family="{PrintFont}" fill="{printInk}" fill-opacity="0.88" text-anchor="middle">
              <text x="{Width / 2}" y="150" font-size="58" letter-spacing="8">REGISTER OF FOSSIL LOCALITIES</text>
              <text x="{Width / 2}" y="218" font-size="34" letter-spacing="3">U. S. NATIONAL MUSEUM · DEPARTMENT OF GEOLOGY</text>
              <text x="{(page.Sequence % 2 == 1 ? right - 40 : left + 40)}" y="150" font-size="52">{Escape(FolioNumber(page.Label))}</text>
            </g>

            """);

        // Ruling: blue lines for the rows, doubled red rules for the header and the columns, as in stationers' ledgers.
        svg.Append("<g stroke-linecap=\"round\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<g stroke=\"rgb(176,74,62)\" stroke-opacity=\"{F(random.Range(0.5, 0.65))}\">\n");
        foreach (var (y, weight) in new[] { (HeaderTop - 8, 3.2), (HeaderTop, 2.2), (HeaderBottom - 8, 2.2), (HeaderBottom, 3.2) })
        {
            Line(svg, left, y, right, y, weight);
        }
        Line(svg, left, bottom, right, bottom, 3);
        var x = (double)left;
        for (var column = 0; column <= ColumnWidths.Length; column++)
        {
            Line(svg, x, HeaderTop - 8, x, bottom, 2.6);
            if (column > 0 && column < ColumnWidths.Length) Line(svg, x - 7, HeaderTop - 8, x - 7, bottom, 1.8);
            if (column < ColumnWidths.Length) x += ColumnWidths[column];
        }
        svg.Append("</g>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<g stroke=\"rgb(84,120,165)\" stroke-opacity=\"{F(random.Range(0.35, 0.5))}\">\n");
        for (var line = 1; line < RuledLines; line++)
        {
            var y = HeaderBottom + RowHeight * line;
            Line(svg, left, y, right, y, 2.2);
        }
        svg.Append("</g>\n</g>\n");

        svg.Append(CultureInfo.InvariantCulture, $"<g font-family=\"{PrintFont}\" fill=\"{printInk}\" fill-opacity=\"0.9\" font-size=\"36\" text-anchor=\"middle\" letter-spacing=\"0.5\">\n");
        x = left;
        for (var column = 0; column < ColumnWidths.Length; column++)
        {
            var centre = x + ColumnWidths[column] / 2.0;
            var words = LedgerRow.ColumnHeaders[column].ToUpperInvariant().Split(' ');
            var baseline = words.Length > 1 ? HeaderTop + 52 : HeaderTop + 74;
            foreach (var word in words)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(centre)}\" y=\"{baseline}\">{Escape(word)}</text>\n");
                baseline += 44;
            }
            x += ColumnWidths[column];
        }
        svg.Append("</g>\n");
    }

    private static void Rows(StringBuilder svg, Prng random, IReadOnlyList<LedgerRow> rows)
    {
        var hand = Hand.Next(random);
        for (var index = 0; index < rows.Count; index++)
        {
            // A clerk wrote a few rows at a sitting: the ink and the hand change between sittings, not every row.
            if (index > 0 && random.Chance(0.3)) hand = Hand.Next(random);
            var top = HeaderBottom + RowHeight * index;
            var rowTilt = random.Range(-0.35, 0.35);
            var x = (double)MarginX;
            var values = rows[index].Values;
            for (var column = 0; column < values.Count; column++)
            {
                if (values[column].Length > 0)
                {
                    Cell(svg, random, hand, values[column], x, top, ColumnWidths[column], rowTilt, remarks: column == values.Count - 1);
                }
                x += ColumnWidths[column];
            }
        }
    }

    /// <summary>How one sitting's writing looks: ink, size, slant and pen.</summary>
    private sealed record Hand((int R, int G, int B) Ink, double Opacity, double FontSize, double Slant, double Pen)
    {
        public static Hand Next(Prng random) => new(
            random.Pick(Inks), random.Range(0.8, 0.95), random.Range(53, 60), random.Range(-7, 3), random.Range(0.3, 1.4));
    }

    private static void Cell(StringBuilder svg, Prng random, Hand hand, string text, double left, double top, double width, double rowTilt, bool remarks)
    {
        var indent = random.Range(12, 34);
        var size = hand.FontSize * random.Range(0.96, 1.04) * (remarks ? 0.9 : 1);
        var (lines, fitted) = Handwriting.Fit(text, width - indent - 16, size);
        var baselines = lines.Count == 1
            ? [top + RowHeight - random.Range(30, 40)]
            : new[] { top + RowHeight * 0.46, top + RowHeight - 22 };
        var (r, g, b) = hand.Ink;
        // librsvg loads the font afresh for every size it meets, so sizes stay on a coarse grid: a few dozen per page, not thousands.
        var cellSize = 2 * Math.Floor(fitted / 2);
        svg.Append(CultureInfo.InvariantCulture,
            $"<g font-family=\"{Handwriting.FontFamily}\" font-size=\"{F(cellSize)}\" fill=\"rgb({r},{g},{b})\" stroke=\"rgb({r},{g},{b})\" stroke-width=\"{F(hand.Pen)}\" stroke-linejoin=\"round\">\n");
        for (var i = 0; i < lines.Count; i++)
        {
            var x = left + indent + (i == 1 ? random.Range(0, 20) : 0);
            var y = baselines[i];
            svg.Append(CultureInfo.InvariantCulture,
                $"<text xml:space=\"preserve\" transform=\"translate({F(x)} {F(y)}) rotate({F(rowTilt + random.Range(-0.4, 0.4))}) skewX({F(hand.Slant)})\">");
            // Letter by letter the baseline wanders and the size wavers a little, as no two written letters match.
            // The pen was dipped now and then: ink is heaviest after a dip and thins out word by word.
            var ink = hand.Opacity;
            var drift = 0.0;
            var line = lines[i];
            for (var at = 0; at < line.Length;)
            {
                if (line[at] == ' ')
                {
                    ink = random.Chance(0.25) ? Math.Min(1, hand.Opacity + 0.08) : Math.Max(0.6, ink - random.Range(0.01, 0.06));
                    svg.Append("<tspan> </tspan>");
                    at++;
                    continue;
                }
                // A span of one to three letters: per-letter spans would read better but cost librsvg seconds a page.
                var end = at + 1;
                while (end < line.Length && end - at < 3 && line[end] != ' ' && random.Chance(0.6)) end++;
                var step = Math.Clamp(drift + random.Range(-1.6, 1.6), -4, 4) - drift;
                drift += step;
                svg.Append(CultureInfo.InvariantCulture,
                    $"<tspan dy=\"{F(step)}\"{LetterSize(random, cellSize)} fill-opacity=\"{F(ink * random.Range(0.93, 1))}\" stroke-opacity=\"{F(ink * 0.8)}\">{Escape(line[at..end])}</tspan>");
                at = end;
            }
            svg.Append("</text>\n");
            if (random.Chance(0.005)) Blot(svg, random, x + Handwriting.Width(lines[i], cellSize) + random.Range(12, 50), y - random.Range(0, 30));
        }
        svg.Append("</g>\n");
    }

    /// <summary>A drop from an overfull pen, with a few spatters around it.</summary>
    private static void Blot(StringBuilder svg, Prng random, double x, double y)
    {
        svg.Append(CultureInfo.InvariantCulture,
            $"<ellipse cx=\"{F(x)}\" cy=\"{F(y)}\" rx=\"{F(random.Range(5, 11))}\" ry=\"{F(random.Range(4, 9))}\" stroke=\"none\" fill-opacity=\"0.75\"/>\n");
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<circle cx=\"{F(x + random.Range(-25, 25))}\" cy=\"{F(y + random.Range(-18, 18))}\" r=\"{F(random.Range(1.2, 3))}\" stroke=\"none\" fill-opacity=\"0.7\"/>\n");
        }
    }

    private static string LetterSize(Prng random, double cellSize) => random.Next(5) switch
    {
        0 => $" font-size=\"{F(cellSize - 2)}\"",
        1 => $" font-size=\"{F(cellSize + 2)}\"",
        _ => "",
    };

    private static void Line(StringBuilder svg, double x1, double y1, double x2, double y2, double width) =>
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(x1)}\" y1=\"{F(y1)}\" x2=\"{F(x2)}\" y2=\"{F(y2)}\" stroke-width=\"{F(width)}\"/>\n");

    private static string FolioNumber(string label) => label.StartsWith("p. ", StringComparison.Ordinal) ? label[3..] : label;

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
