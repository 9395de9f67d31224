using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;
using Transcribe.DemoLedger;
using Transcribe.Web.Features.Scans;
using Transcribe.Web.Features.Templates;
using Transcribe.Web.Infrastructure.Demo;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Browser.Tests.Support;

/// <summary>A ledger imported and tiled through the app's own pipeline: its project, and its page ids in order.</summary>
public sealed record ImportedLedger(int ProjectId, string Slug, int DocumentId, IReadOnlyList<int> Pages);

/// <summary>What the journeys start from: a signed-in browser and a real, tiled ledger.</summary>
public static class Journeys
{
    public static async Task LogInAsync(this IPage page, TestUser user)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(user.Email);
        await page.GetByLabel("Password").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await page.WaitForURLAsync("**/");
    }

    /// <summary>A folder of small generated scans (quick to tile).</summary>
    public static async Task<string> TestScansAsync(int count)
    {
        string folder = TestImages.Folder();
        for (int i = 1; i <= count; i++) await TestImages.MakeAsync(folder, $"p{i}.jpg");
        return folder;
    }

    /// <summary>A folder holding the first pages of the demo ledger, rendered as the demo renders them.</summary>
    public static async Task<(string Folder, IReadOnlyList<RenderedPage> Pages)> DemoScansAsync(int count = 1)
    {
        string folder = Directory.CreateTempSubdirectory("transcribe-demo-page-").FullName;
        return (folder, await new LedgerRenderer().RenderLedgerAsync(DemoSeed.LedgerSeed, count, folder));
    }

    /// <summary>A published project (with the demo locality form when asked) holding the scans of a folder as one tiled ledger.</summary>
    public static async Task<ImportedLedger> ImportLedgerAsync(this BrowserFixture browser, string folder, bool withForm = false, string title = "Locality Register")
    {
        string slug = $"ledger-{Guid.NewGuid():N}"[..20];
        await using var connection = new NpgsqlConnection(browser.App.ConnectionString);
        int projectId = await connection.ExecuteScalarAsync<int>("""
            insert into projects (slug, title, institution, summary, description, instructions)
            values (@slug, 'Paleobiology Locality Ledgers', 'NMNH', 'Fossil localities.', 'About the ledgers.', 'Type each row as written.')
            returning id
            """, new { slug });
        if (withForm) await browser.App.Services.GetRequiredService<TemplateStore>().SaveAsync(projectId, DemoSeed.LocalityTemplate);
        var result = await browser.App.Services.GetRequiredService<ImportPipeline>()
            .ImportAsync(projectId, new NewDocument(title), ImportSources.FromFolder(folder).Images, CancellationToken.None);
        await browser.App.WaitForTilesAsync(result.DocumentId);
        var pages = await connection.QueryAsync<int>("select id from pages where document_id = @DocumentId order by sequence", new { result.DocumentId });
        return new ImportedLedger(projectId, slug, result.DocumentId, pages.ToList());
    }
}
