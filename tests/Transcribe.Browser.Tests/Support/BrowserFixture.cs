using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Browser.Tests.Support;

/// <summary>
/// The real app on a real port (Kestrel) over its own database, and Debian's Chromium driven by
/// Playwright. A journey that fails leaves a screenshot in TestResults/screenshots.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public AppFactory App { get; } = new();
    public string BaseUrl { get; private set; } = "";
    IPlaywright? playwright;
    IBrowser? browser;

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        App.UseKestrel(0);
        App.StartServer();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    /// <summary>Runs a journey in a fresh browser context (its own cookies), screenshotting the page if it fails.</summary>
    /// <param name="bypassCsp">Only for injecting test tools (axe-core): the app's CSP rightly refuses inline scripts.</param>
    /// <param name="offline">The journey takes the browser offline on purpose, so requests that fail then are expected.</param>
    public async Task JourneyAsync(string name, Func<IPage, Task> journey, int width = 1366, int height = 900, bool bypassCsp = false, bool offline = false)
    {
        await using var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BypassCSP = bypassCsp,
        });
        var page = await context.NewPageAsync();
        var failedRequests = new List<string>();
        page.RequestFailed += (_, request) => failedRequests.Add(request.Url);
        try
        {
            await journey(page);
            if (!offline) Assert.Empty(failedRequests);
        }
        catch
        {
            string folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        await App.DisposeAsync();
    }
}
