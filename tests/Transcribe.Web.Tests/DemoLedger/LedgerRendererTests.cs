using System.Runtime.Versioning;
using System.Text.Json;
using Transcribe.DemoLedger;

namespace Transcribe.Web.Tests.DemoLedger;

/// <summary>Renders two real pages once (libvips, librsvg and the URW Chancery font, as installed for the app) and checks what lands on disk.</summary>
public sealed class RenderedLedgerFixture : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"transcribe-demo-ledger-{Guid.NewGuid():N}");

    public string Folder => Path.Combine(Root, "ledger");

    public IReadOnlyList<LedgerPage> Pages { get; } = LedgerRows.Generate(seed: 2024, pageCount: 2);

    public IReadOnlyList<RenderedPage> Rendered { get; private set; } = [];

    public async Task InitializeAsync() => Rendered = await new LedgerRenderer().RenderLedgerAsync(Pages, Folder);

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }
}

// Stand-in programs (false, a shell script) and the Debian packages make these tests Unix-only, like the app's imaging.
[UnsupportedOSPlatform("windows")]
public sealed class LedgerRendererTests(RenderedLedgerFixture ledger) : IClassFixture<RenderedLedgerFixture>
{
    // A program that cannot be run: any attempt to render would fail, so success proves nothing was rendered.
    private static readonly LedgerRenderOptions NoVips = new() { VipsExecutable = "/nonexistent/vips", CheckFont = false };

    [Fact]
    public void RenderLedger_WritesAJpegAtLeast4000PxHighForEveryPage()
    {
        Assert.Equal(2, ledger.Rendered.Count);
        Assert.All(ledger.Rendered, page =>
        {
            Assert.Equal(Path.Combine(ledger.Folder, $"{page.Page.FileStem}.jpg"), page.ImagePath);
            var (width, height) = JpegSize(page.ImagePath);
            Assert.True(height >= 4000, $"{page.ImagePath} is {height} px high");
            Assert.True(width >= 2800, $"{page.ImagePath} is {width} px wide");
            Assert.Equal((page.Width, page.Height), (width, height));
            // A blank or flat page compresses to almost nothing; an aged, written one does not.
            Assert.True(new FileInfo(page.ImagePath).Length > 300_000, $"{page.ImagePath} looks empty");
        });
    }

    [Fact]
    public void RenderLedger_WritesTheGroundTruthBesideEachImage_MatchingTheRows()
    {
        for (var i = 0; i < ledger.Pages.Count; i++)
        {
            var rendered = ledger.Rendered[i];
            Assert.Equal(Path.ChangeExtension(rendered.ImagePath, ".json"), rendered.GroundTruthPath);

            var truth = LedgerGroundTruth.Read(rendered.GroundTruthPath);

            Assert.Equal(ledger.Pages[i].Sequence, truth.Sequence);
            Assert.Equal(ledger.Pages[i].Label, truth.Label);
            Assert.Equal(ledger.Pages[i].Rows, truth.Rows);
        }
    }

    [Fact]
    public void GroundTruth_KeysEveryRowByTheFieldKeys_AndNamesItsImage()
    {
        var rendered = ledger.Rendered[0];
        using var json = JsonDocument.Parse(File.ReadAllText(rendered.GroundTruthPath));

        Assert.Equal(Path.GetFileName(rendered.ImagePath), json.RootElement.GetProperty("image").GetString());
        Assert.Equal(rendered.Height, json.RootElement.GetProperty("height").GetInt32());
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(rendered.Page.Rows.Count, rows.Length);
        Assert.All(rows, row => Assert.Equal(LedgerRow.FieldKeys, row.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(rendered.Page.Rows[0].LocalityNumber, rows[0].GetProperty("locality_number").GetString());
    }

    [Fact]
    public async Task RenderLedger_WhenThePagesAreAlreadyRendered_KeepsThemWithoutRunningVips()
    {
        var before = ledger.Rendered.Select(p => File.GetLastWriteTimeUtc(p.ImagePath)).ToArray();

        var again = await new LedgerRenderer(NoVips).RenderLedgerAsync(ledger.Pages, ledger.Folder);

        Assert.Equal(ledger.Rendered.Select(p => p.ImagePath), again.Select(p => p.ImagePath));
        Assert.Equal(before, again.Select(p => File.GetLastWriteTimeUtc(p.ImagePath)));
        Assert.Empty(Directory.GetDirectories(ledger.Folder));
    }

    [Fact]
    public async Task RenderLedger_WhenTheRowsChanged_RendersThePageAgain()
    {
        var folder = CopyOfLedger();
        var changed = ledger.Pages[0] with { Rows = [.. ledger.Pages[0].Rows.Skip(1)] };

        var error = await Assert.ThrowsAsync<LedgerRenderException>(() => new LedgerRenderer(NoVips).RenderLedgerAsync([changed], folder));

        Assert.Contains("/nonexistent/vips", error.Message);
    }

    [Fact]
    public async Task RenderPage_WhenVipsIsMissing_SaysWhichPackageToInstall()
    {
        var error = await Assert.ThrowsAsync<LedgerRenderException>(() => new LedgerRenderer(NoVips).RenderPageAsync(ledger.Pages[0], CopyOfLedger()));

        Assert.Contains("libvips-tools", error.Message);
    }

    [Fact]
    public async Task RenderPage_WhenVipsFails_ReportsTheExitCode_AndLeavesNoWorkFiles()
    {
        var folder = CopyOfLedger();
        var failing = new LedgerRenderer(new LedgerRenderOptions { VipsExecutable = "false", CheckFont = false });

        var error = await Assert.ThrowsAsync<LedgerRenderException>(() => failing.RenderPageAsync(ledger.Pages[0], folder));

        Assert.Contains("exit code 1", error.Message);
        Assert.Empty(Directory.GetDirectories(folder));
    }

    [Fact]
    public async Task RenderPage_WhenVipsHangs_StopsItAtTheTimeLimit()
    {
        var folder = CopyOfLedger();
        var hanging = Path.Combine(folder, "hanging-vips.sh");
        await File.WriteAllTextAsync(hanging, "#!/bin/sh\nexec sleep 60\n");
        File.SetUnixFileMode(hanging, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var renderer = new LedgerRenderer(new LedgerRenderOptions { VipsExecutable = hanging, StepTimeout = TimeSpan.FromSeconds(1), CheckFont = false });

        var error = await Assert.ThrowsAsync<LedgerRenderException>(() => renderer.RenderPageAsync(ledger.Pages[0], folder));

        Assert.Contains("did not finish within 1 s", error.Message);
    }

    /// <summary>A private copy of the rendered ledger, so a test that breaks things leaves the shared one alone.</summary>
    private string CopyOfLedger()
    {
        var folder = Path.Combine(ledger.Root, $"copy-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(ledger.Folder))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
        return folder;
    }

    /// <summary>Width and height from the JPEG's start-of-frame marker, so the test needs no imaging library.</summary>
    private static (int Width, int Height) JpegSize(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 4 && bytes[0] == 0xFF && bytes[1] == 0xD8, $"{path} is not a JPEG");
        var at = 2;
        while (at + 9 < bytes.Length)
        {
            Assert.Equal(0xFF, bytes[at]);
            var marker = bytes[at + 1];
            var length = (bytes[at + 2] << 8) | bytes[at + 3];
            // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return ((bytes[at + 7] << 8) | bytes[at + 8], (bytes[at + 5] << 8) | bytes[at + 6]);
            }
            at += 2 + length;
        }
        throw new InvalidDataException($"{path} has no start-of-frame marker");
    }
}
