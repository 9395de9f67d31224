using Dapper;
using Microsoft.Playwright;
using Npgsql;
using Transcribe.Browser.Tests.Support;
using Transcribe.Web.Infrastructure.Identity;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Browser.Tests.Features.Scans;

public sealed class ImportJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ACurator_UploadsScansThroughTheImportPage_AndLandsOnTheNewLedger()
    {
        string slug = $"imp-{Guid.NewGuid():N}"[..20];
        await using (var connection = new NpgsqlConnection(browser.App.ConnectionString))
            await connection.ExecuteAsync("insert into projects (slug, title) values (@slug, 'Ledgers')", new { slug });
        var curator = await browser.App.CreateUserAsync(Roles.Curator);
        string folder = TestImages.Folder();
        string[] files = [await TestImages.MakeAsync(folder, "page2.jpg"), await TestImages.MakeAsync(folder, "page10.jpg")];

        await browser.JourneyAsync(nameof(ACurator_UploadsScansThroughTheImportPage_AndLandsOnTheNewLedger), async page =>
        {
            await page.GotoAsync("/account/login");
            await page.GetByLabel("Email").FillAsync(curator.Email);
            await page.GetByLabel("Password").FillAsync(curator.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
            await page.GotoAsync($"/projects/{slug}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Import scans" }).ClickAsync();

            await page.GetByLabel("Ledger title").First.FillAsync("Register of Localities, vol. 9");
            await page.GetByLabel("Page images, or one zip of them").SetInputFilesAsync(files);
            await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();

            await page.WaitForURLAsync("**/documents/*");
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Register of Localities, vol. 9");
            await Assertions.Expect(page.Locator(".page-thumb")).ToHaveCountAsync(2);
            await Assertions.Expect(page.Locator(".thumb-label").First).ToHaveTextAsync("p. 1");
        });
    }

    [Fact]
    public async Task AnUploadThatIsRefused_ShowsWhyOnTheSamePage_AndKeepsTheForm()
    {
        string slug = $"imp-{Guid.NewGuid():N}"[..20];
        await using (var connection = new NpgsqlConnection(browser.App.ConnectionString))
            await connection.ExecuteAsync("insert into projects (slug, title) values (@slug, 'Ledgers')", new { slug });
        var curator = await browser.App.CreateUserAsync(Roles.Curator);
        string notAnImage = Path.Combine(TestImages.Folder(), "minutes.jpg");
        await File.WriteAllTextAsync(notAnImage, "Minutes of the meeting of 3 May 1911");

        await browser.JourneyAsync(nameof(AnUploadThatIsRefused_ShowsWhyOnTheSamePage_AndKeepsTheForm), async page =>
        {
            await page.GotoAsync("/account/login");
            await page.GetByLabel("Email").FillAsync(curator.Email);
            await page.GetByLabel("Password").FillAsync(curator.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
            await page.GotoAsync($"/projects/{slug}/import");

            await page.GetByLabel("Ledger title").First.FillAsync("Minutes");
            await page.GetByLabel("Page images, or one zip of them").SetInputFilesAsync(notAnImage);
            await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();

            await Assertions.Expect(page.Locator("[data-upload-error]")).ToContainTextAsync("minutes.jpg: not a JPEG, PNG or TIFF image");
            await Assertions.Expect(page.GetByLabel("Ledger title").First).ToHaveValueAsync("Minutes");
            Assert.EndsWith("/import", page.Url);
        });
    }
}
