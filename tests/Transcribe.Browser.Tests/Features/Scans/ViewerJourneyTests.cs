using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;
using Transcribe.Browser.Tests.Support;
using Transcribe.DemoLedger;
using Transcribe.Web.Features.Scans;

namespace Transcribe.Browser.Tests.Features.Scans;

public sealed class ViewerJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>One page of the demo ledger, imported and tiled through the app's own pipeline.</summary>
    async Task<int> DemoPageAsync() => (await browser.ImportLedgerAsync((await Journeys.DemoScansAsync()).Folder)).Pages[0];

    [Fact]
    public async Task ADemoLedgerPage_OpensInTheViewer_AndItsTilesDraw()
    {
        int pageId = await DemoPageAsync();
        await browser.JourneyAsync(nameof(ADemoLedgerPage_OpensInTheViewer_AndItsTilesDraw), async page =>
        {
            var tiles = new List<int>();
            page.Response += (_, response) =>
            {
                if (response.Url.Contains("/iiif/") && response.Url.EndsWith("/default.jpg")) tiles.Add(response.Status);
            };

            await page.GotoAsync($"/pages/{pageId}");
            await page.WaitForFunctionAsync("() => document.querySelector('[data-viewer]')?.transcribeViewer?.ready === true",
                null, new PageWaitForFunctionOptions { Timeout = 30_000 });
            await page.WaitForFunctionAsync("() => document.querySelector('[data-viewer]').transcribeViewer.viewer.world.getItemAt(0).getFullyLoaded()",
                null, new PageWaitForFunctionOptions { Timeout = 30_000 });

            Assert.NotEmpty(tiles);
            Assert.All(tiles, status => Assert.Equal(200, status));
            Assert.Equal(0, await page.Locator("[data-viewer] .viewer-error, [data-viewer] [role=alert]:visible").CountAsync());
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "viewer-1366.png") });
        });
    }

    [Fact]
    public async Task TheViewerToolbar_WorksFromTheKeyboard()
    {
        int pageId = await DemoPageAsync();
        await browser.JourneyAsync(nameof(TheViewerToolbar_WorksFromTheKeyboard), async page =>
        {
            await page.GotoAsync($"/pages/{pageId}");
            await page.WaitForFunctionAsync("() => document.querySelector('[data-viewer]')?.transcribeViewer?.ready === true",
                null, new PageWaitForFunctionOptions { Timeout = 30_000 });
            double before = await page.EvaluateAsync<double>("() => document.querySelector('[data-viewer]').transcribeViewer.viewer.viewport.getZoom()");

            var zoomIn = page.GetByRole(AriaRole.Button, new() { Name = "Zoom in" });
            await zoomIn.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForTimeoutAsync(800);
            double after = await page.EvaluateAsync<double>("() => document.querySelector('[data-viewer]').transcribeViewer.viewer.viewport.getZoom()");

            Assert.True(after > before * 1.2, $"zoom {before} -> {after}");
        });
    }
}
