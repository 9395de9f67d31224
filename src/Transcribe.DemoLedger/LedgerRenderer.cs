using System.Globalization;

namespace Transcribe.DemoLedger;

/// <summary>Where and how pages are rendered. The defaults suit the Debian packages libvips-tools and fonts-urw-base35.</summary>
public sealed record LedgerRenderOptions
{
    public string VipsExecutable { get; init; } = "vips";

    /// <summary>Limit for each vips step; a page takes a few of them.</summary>
    public TimeSpan StepTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public int JpegQuality { get; init; } = 85;

    /// <summary>Checks with fc-list that the handwriting font is installed, since librsvg would silently substitute another.</summary>
    public bool CheckFont { get; init; } = true;
}

/// <summary>A rendered page: the image and the ground truth beside it.</summary>
public sealed record RenderedPage(LedgerPage Page, string ImagePath, string GroundTruthPath, int Width, int Height);

/// <summary>
/// Renders demo ledger pages to aged, slightly crooked JPEG scans of <see cref="PageWidth"/> x <see cref="PageHeight"/>
/// (3200 x 4300) pixels with libvips, each with its ground truth beside it. The look of a page follows from its content, so rendering the same
/// page twice gives the same picture, and pages already on disk with the same rows are not rendered again.
/// </summary>
public sealed class LedgerRenderer(LedgerRenderOptions? options = null)
{
    private const string InstallVips = "Install libvips-tools (apt-get install libvips-tools) or set LedgerRenderOptions.VipsExecutable.";

    private readonly LedgerRenderOptions _options = options ?? new LedgerRenderOptions();
    private bool _fontChecked;

    public static int PageWidth => LedgerSvg.Width;
    public static int PageHeight => LedgerSvg.Height;

    /// <summary>Generates the ledger for a seed and renders its pages into a folder, keeping pages already rendered.</summary>
    public Task<IReadOnlyList<RenderedPage>> RenderLedgerAsync(int seed, int pageCount, string folder, CancellationToken cancellationToken = default) =>
        RenderLedgerAsync(LedgerRows.Generate(seed, pageCount), folder, cancellationToken);

    public async Task<IReadOnlyList<RenderedPage>> RenderLedgerAsync(IReadOnlyList<LedgerPage> pages, string folder, CancellationToken cancellationToken = default)
    {
        var rendered = new List<RenderedPage>(pages.Count);
        // One page at a time: a page already keeps two cores busy (librsvg draws while vips makes the paper).
        foreach (var page in pages)
        {
            rendered.Add(TryReuse(page, folder) ?? await RenderPageAsync(page, folder, cancellationToken));
        }
        return rendered;
    }

    /// <summary>Renders one page to folder/page-NNN.jpg and writes folder/page-NNN.json beside it, replacing what was there.</summary>
    public async Task<RenderedPage> RenderPageAsync(LedgerPage page, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(folder);
        await EnsureFontAsync(cancellationToken);

        var imagePath = Path.Combine(folder, page.FileStem + ".jpg");
        var groundTruthPath = Path.Combine(folder, page.FileStem + ".json");
        var work = Directory.CreateDirectory(Path.Combine(folder, $".{page.FileStem}-{Guid.NewGuid():N}"));
        try
        {
            var seed = ContentSeed(page);
            string Work(string name) => Path.Combine(work.FullName, name);
            var svg = Work("page.svg");
            await File.WriteAllTextAsync(svg, LedgerSvg.Build(page, seed), cancellationToken);

            var vips = new ExternalCommand(_options.VipsExecutable, _options.StepTimeout, InstallVips);
            var (width, height) = (LedgerSvg.Width.ToString(CultureInfo.InvariantCulture), LedgerSvg.Height.ToString(CultureInfo.InvariantCulture));
            var noiseSeed = ((int)(seed & 0x3FFFFFFF)).ToString(CultureInfo.InvariantCulture);

            // librsvg draws the SVG on one core; the paper grain is made on the other meanwhile.
            async Task Texture()
            {
                // Broad mottling times fine fibres, both Perlin noise (cheap in vips), around 1.0 so it can be multiplied in.
                await vips.RunAsync(["perlin", Work("perlin.v"), width, height, "--cell-size", "700", "--seed", noiseSeed], cancellationToken);
                await vips.RunAsync(["linear", Work("perlin.v"), Work("mottle.v"), "0.18", "1"], cancellationToken);
                await vips.RunAsync(["perlin", Work("fibres.v"), width, height, "--cell-size", "5", "--seed", noiseSeed], cancellationToken);
                await vips.RunAsync(["linear", Work("fibres.v"), Work("grain.v"), "0.05", "1"], cancellationToken);
                await vips.RunAsync(["multiply", Work("mottle.v"), Work("grain.v"), Work("texture.v")], cancellationToken);
            }
            async Task Drawing()
            {
                await vips.RunAsync(["flatten", svg, Work("flat.v")], cancellationToken);
                // A scanner never gives razor-sharp vector edges; a slight blur takes the computer look off the strokes.
                await vips.RunAsync(["gaussblur", Work("flat.v"), Work("soft.v"), "0.7"], cancellationToken);
            }
            await Task.WhenAll(Texture(), Drawing());
            var jpeg = Work("page.jpg");
            await vips.RunAsync(["multiply", Work("soft.v"), Work("texture.v"), $"{jpeg}[Q={_options.JpegQuality},optimize-coding,strip]"], cancellationToken);

            // The image goes in place before the ground truth: a ground truth file on disk means its page is complete.
            File.Move(jpeg, imagePath, overwrite: true);
            var json = LedgerGroundTruth.ToJson(page, Path.GetFileName(imagePath), LedgerSvg.Width, LedgerSvg.Height);
            await File.WriteAllTextAsync(Work("page.json"), json, cancellationToken);
            File.Move(Work("page.json"), groundTruthPath, overwrite: true);
            return new RenderedPage(page, imagePath, groundTruthPath, LedgerSvg.Width, LedgerSvg.Height);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static RenderedPage? TryReuse(LedgerPage page, string folder)
    {
        var imagePath = Path.Combine(folder, page.FileStem + ".jpg");
        var groundTruthPath = Path.Combine(folder, page.FileStem + ".json");
        if (!File.Exists(groundTruthPath) || !File.Exists(imagePath) || new FileInfo(imagePath).Length == 0) return null;
        var expected = LedgerGroundTruth.ToJson(page, Path.GetFileName(imagePath), LedgerSvg.Width, LedgerSvg.Height);
        // Another seed or a newer generator wrote different rows: the old picture no longer matches its truth.
        return File.ReadAllText(groundTruthPath) == expected
            ? new RenderedPage(page, imagePath, groundTruthPath, LedgerSvg.Width, LedgerSvg.Height)
            : null;
    }

    private async Task EnsureFontAsync(CancellationToken cancellationToken)
    {
        if (_fontChecked || !_options.CheckFont) return;
        var fcList = new ExternalCommand("fc-list", _options.StepTimeout, "Install fontconfig, or set LedgerRenderOptions.CheckFont to false.");
        var families = await fcList.RunAsync([$"{Handwriting.FontFamily}", "family"], cancellationToken);
        if (string.IsNullOrWhiteSpace(families))
        {
            throw new LedgerRenderException(
                $"The handwriting font {Handwriting.FontFamily} (URW Chancery) is not installed, so the ledger would be written in a substitute font. "
                + "Install fonts-urw-base35 (apt-get install fonts-urw-base35).");
        }
        _fontChecked = true;
    }

    /// <summary>A seed from the page's content, so the same page always looks the same.</summary>
    private static ulong ContentSeed(LedgerPage page)
    {
        var text = string.Join('\u001f', [page.Sequence.ToString(CultureInfo.InvariantCulture), page.Label, .. page.Rows.SelectMany(r => r.Values)]);
        return Prng.Mix(0x1ED6E5, text);
    }
}
