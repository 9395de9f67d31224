using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;
using Transcribe.Browser.Tests.Support;
using Transcribe.Web.Features.Scans;
using Transcribe.Web.Features.Templates;
using Transcribe.Web.Infrastructure.Demo;
using Transcribe.Web.Infrastructure.Identity;
using Transcribe.Web.Infrastructure.Jobs;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Browser.Tests.Features.Accessibility;

/// <summary>WCAG 2.1 AA as axe-core checks it: no serious or critical violation on any screen, for any role.</summary>
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    static readonly string Axe = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Support", "axe", "axe.min.js"));

    async Task<(string Slug, int DocumentId, int PageId)> LedgerAsync(bool withForm = false)
    {
        var ledger = await browser.ImportLedgerAsync(await Journeys.TestScansAsync(2), withForm);
        return (ledger.Slug, ledger.DocumentId, ledger.Pages[0]);
    }

    /// <summary>Runs axe on the page as it is now; returns "rule: help (n nodes)" for each serious or critical violation.</summary>
    static async Task<List<string>> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Axe });
        string json = await page.EvaluateAsync<string>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return JSON.stringify(result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) })));
            }
            """);
        return JsonDocument.Parse(json).RootElement.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} at {string.Join(", ", v.GetProperty("nodes").EnumerateArray().Take(3).Select(n => n.GetString()))}")
            .ToList();
    }

    async Task CheckAsync(string name, IEnumerable<string> paths, TestUser? user = null, Func<IPage, Task>? waitFor = null)
    {
        var found = new List<string>();
        await browser.JourneyAsync(name, async page =>
        {
            if (user is not null) await page.LogInAsync(user);
            foreach (string path in paths)
            {
                await page.GotoAsync(path);
                if (waitFor is not null) await waitFor(page);
                found.AddRange((await SeriousViolationsAsync(page)).Select(v => $"{path} {v}"));
            }
        }, bypassCsp: true);
        Assert.True(found.Count == 0, "Accessibility violations:\n" + string.Join("\n", found));
    }

    [Fact]
    public async Task TheCheck_FindsViolationsWhenThereAreSome()
    {
        List<string> found = [];
        await browser.JourneyAsync(nameof(TheCheck_FindsViolationsWhenThereAreSome), async page =>
        {
            await page.GotoAsync("/");
            // An unlabelled field and an image without alt text: both serious under WCAG 2.1 A.
            await page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<input type=\"text\"><img src=\"/favicon.svg\">')");
            found = await SeriousViolationsAsync(page);
        }, bypassCsp: true);

        Assert.Contains(found, v => v.StartsWith("label:"));
        Assert.Contains(found, v => v.StartsWith("image-alt:"));
    }

    [Fact]
    public async Task PublicPages_HaveNoSeriousViolations()
    {
        var (slug, documentId, _) = await LedgerAsync();
        await CheckAsync(nameof(PublicPages_HaveNoSeriousViolations),
            ["/", $"/projects/{slug}", $"/projects/{slug}/documents/{documentId}", "/account/login", "/account/register", "/no/such/page"]);
    }

    [Fact]
    public async Task ThePageViewer_HasNoSeriousViolations()
    {
        var (_, _, pageId) = await LedgerAsync();
        await CheckAsync(nameof(ThePageViewer_HasNoSeriousViolations), [$"/pages/{pageId}"], waitFor: page =>
            page.WaitForFunctionAsync("() => document.querySelector('[data-viewer]')?.transcribeViewer?.ready === true",
                null, new PageWaitForFunctionOptions { Timeout = 30_000 }));
    }

    [Fact]
    public async Task TheEntryScreen_HasNoSeriousViolations()
    {
        var (_, _, pageId) = await LedgerAsync(withForm: true);
        var volunteer = await browser.App.CreateUserAsync();
        await CheckAsync(nameof(TheEntryScreen_HasNoSeriousViolations), [$"/pages/{pageId}/transcribe"], volunteer, waitFor: page =>
            page.WaitForFunctionAsync("() => document.querySelector('[data-viewer]')?.transcribeViewer?.ready === true && document.querySelector('#cell-0-locality_number')",
                null, new PageWaitForFunctionOptions { Timeout = 30_000 }));
    }

    [Fact]
    public async Task CuratorAndAdminScreens_HaveNoSeriousViolations()
    {
        var (slug, _, pageId) = await LedgerAsync();
        var staff = await browser.App.CreateUserAsync(Roles.Curator, Roles.Admin);
        await browser.App.ExecuteAsync("""
            update pages set state = 'flagged' where id = @pageId;
            insert into page_flags (page_id, volunteer_id, reason, note) values (@pageId, @staff, 'illegible', 'Faded ink.');
            """, new { pageId, staff = staff.Id });
        await CheckAsync(nameof(CuratorAndAdminScreens_HaveNoSeriousViolations),
            [$"/projects/{slug}/import", $"/projects/{slug}/template", $"/projects/{slug}/settings", $"/projects/{slug}", $"/projects/{slug}/flags", "/admin/users", "/account"], staff);
    }

    [Fact]
    public async Task VolunteerScreens_HaveNoSeriousViolations()
    {
        var (slug, documentId, pageId) = await LedgerAsync();
        var volunteer = await browser.App.CreateUserAsync();
        await browser.App.AddTranscriptionAsync(pageId, volunteer.Id, """[{"collector": "Gilmore"}]""");
        await browser.App.ExecuteAsync("""
            insert into page_notes (page_id, author_id, body) values (@pageId, @volunteer, 'Compare loc. 4187.');
            insert into page_drafts (page_id, volunteer_id) values (@pageId, @volunteer);
            insert into page_flags (page_id, volunteer_id, reason, note) values (@pageId, @volunteer, 'damaged', 'Torn corner.');
            """, new { pageId, volunteer = volunteer.Id });
        await CheckAsync(nameof(VolunteerScreens_HaveNoSeriousViolations),
            ["/my/work", $"/pages/{pageId}/notes", $"/projects/{slug}", $"/projects/{slug}/documents/{documentId}"], volunteer);
    }

    [Fact]
    public async Task ReviewerScreens_HaveNoSeriousViolations()
    {
        var (slug, _, pageId) = await LedgerAsync();
        await using (var connection = new NpgsqlConnection(browser.App.ConnectionString))
        {
            int projectId = await connection.ExecuteScalarAsync<int>("select id from projects where slug = @slug", new { slug });
            await browser.App.Services.GetRequiredService<TemplateStore>().SaveAsync(projectId, DemoSeed.LocalityTemplate);
            // Two volunteers who differ on one field of a two-row page, at the project's maximum: the page goes to review.
            string[] rows =
            [
                """[{"locality_number": "3421", "collector": "C. W. Gilmore", "locality": "2 mi. N of Harlowton"}, {"locality_number": "3422", "formation": "Fort Union Fm."}]""",
                """[{"locality_number": "3421", "collector": "C. W. Gilmore", "locality": "2 mi. N of Harlowton"}, {"locality_number": "3422", "formation": "Lance Fm."}]""",
            ];
            foreach (string json in rows)
            {
                var volunteer = await browser.App.CreateUserAsync();
                await connection.ExecuteAsync(
                    "insert into transcriptions (page_id, volunteer_id, submission_key, rows) values (@pageId, @Id, gen_random_uuid(), @json::jsonb)",
                    new { pageId, volunteer.Id, json });
            }
            await connection.ExecuteAsync(
                "update pages set state = 'consensus', transcription_count = 2 where id = @pageId; update projects set transcriptions_allowed = 2 where id = @projectId",
                new { pageId, projectId });
        }
        await browser.App.Services.GetServices<IJobHandler>().Single(h => h.Kind == "consensus").RunAsync(
            new ClaimedJob { Id = 0, Kind = "consensus", Payload = JsonSerializer.Serialize(new { subject = pageId.ToString() }), Attempts = 1, MaxAttempts = 1 },
            CancellationToken.None);

        var reviewer = await browser.App.CreateUserAsync(Roles.Reviewer);
        await CheckAsync(nameof(ReviewerScreens_HaveNoSeriousViolations), [$"/projects/{slug}/review", $"/pages/{pageId}/consensus"], reviewer,
            waitFor: async page =>
            {
                if (page.Url.EndsWith("/consensus"))
                {
                    await page.WaitForFunctionAsync("() => document.querySelector('[data-viewer]')?.transcribeViewer?.ready === true",
                        null, new PageWaitForFunctionOptions { Timeout = 30_000 });
                    // Open every disclosure, so the candidates and reasons are checked too.
                    await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
                }
            });
    }
}
