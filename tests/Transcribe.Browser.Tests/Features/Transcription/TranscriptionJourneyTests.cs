using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;
using Transcribe.Browser.Tests.Support;
using Transcribe.DemoLedger;
using Transcribe.Web.Features.Scans;
using Transcribe.Web.Features.Templates;
using Transcribe.Web.Infrastructure.Demo;
using Transcribe.Web.Infrastructure.Identity;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Browser.Tests.Features.Transcription;

/// <summary>
/// Three volunteers transcribe the same demo ledger page through the real entry screen (one of
/// them with the keyboard only); the page reaches consensus, and none of them can fetch another's work.
/// Each leaves a different remark (the mark looked for), so the engine finds that one field
/// disputed; with three the project's maximum, the page goes to review, where a reviewer sees it.
/// </summary>
public sealed class TranscriptionJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>A project with the demo locality form, asking three transcriptions (and no more) of one rendered demo ledger page.</summary>
    async Task<(string Slug, int PageId, LedgerPage Truth)> DemoPageAsync()
    {
        var (folder, rendered) = await Journeys.DemoScansAsync();
        var ledger = await browser.ImportLedgerAsync(folder, withForm: true, title: "Locality Register, vol. 4");
        await browser.App.ExecuteAsync("""
            update projects set transcriptions_required = 3, transcriptions_allowed = 3 where id = @ProjectId;
            update pages set transcriptions_needed = 3 where document_id = @DocumentId;
            """, new { ledger.ProjectId, ledger.DocumentId });
        Directory.Delete(folder, recursive: true);
        return (ledger.Slug, ledger.Pages[0], rendered.Single().Page);
    }

    static async Task StartAsync(IPage page, string slug, int pageId)
    {
        await page.GotoAsync($"/projects/{slug}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start transcribing" }).First.ClickAsync();
        await page.WaitForURLAsync($"**/pages/{pageId}/transcribe");
        await page.Locator("[data-viewer] .openseadragon-canvas").First.WaitForAsync();
    }

    static string[] Values(LedgerRow row, string mark) =>
        [row.LocalityNumber, row.Collector, row.Date, row.Locality, row.Formation, row.Age, mark];

    /// <summary>Everything a volunteer can fetch about the page and their own work; none of it may hold the others' marks.</summary>
    static async Task AssertCannotFetchAsync(IPage page, string slug, int pageId, IEnumerable<string> othersMarks)
    {
        string[] routes = [$"/pages/{pageId}/transcribe", $"/pages/{pageId}", $"/projects/{slug}", $"/pages/{pageId}/notes", "/my/work", $"/pages/{pageId}/consensus"];
        foreach (var route in routes)
        {
            var response = await page.APIRequest.GetAsync(route);
            string body = await response.TextAsync();
            foreach (var mark in othersMarks) Assert.DoesNotContain(mark, body);
        }
    }

    [Fact]
    public async Task ThreeVolunteers_TranscribeOneDemoPage_ItReachesConsensus_AndNoneSeesAnothersWork()
    {
        var (slug, pageId, truth) = await DemoPageAsync();
        var volunteers = new[] { await browser.App.CreateUserAsync(), await browser.App.CreateUserAsync(), await browser.App.CreateUserAsync() };
        string[] marks = ["Qzv mark of the first", "Qzv mark of the second", "Qzv mark of the third"];
        var rows = truth.Rows.Take(2).ToList();
        Directory.CreateDirectory(Screenshots);

        // The first volunteer types with the mouse and fill, leaves, comes back to the draft, then submits.
        await browser.JourneyAsync("transcribe-first", async page =>
        {
            await page.LogInAsync(volunteers[0]);
            await StartAsync(page, slug, pageId);
            var first = Values(rows[0], marks[0]);
            for (int f = 0; f < first.Length; f++)
                await page.Locator($"#cell-0-{DemoSeed.LocalityTemplate[f].Key}").FillAsync(first[f]);
            await Assertions.Expect(page.Locator("[data-save-status]")).ToContainTextAsync("Draft saved", new() { Timeout = 15000 });
            await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "entry-1366x768.png") });

            await page.ReloadAsync();
            await Assertions.Expect(page.Locator("#cell-0-locality_number")).ToHaveValueAsync(rows[0].LocalityNumber);
            await page.Locator("[data-add-row]").ClickAsync();
            var second = Values(rows[1], "");
            for (int f = 0; f < second.Length; f++)
                await page.Locator($"#cell-1-{DemoSeed.LocalityTemplate[f].Key}").FillAsync(second[f]);
            await page.GetByRole(AriaRole.Button, new() { Name = "Submit page" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("page submitted");
        }, width: 1366, height: 768);

        // The second volunteer, on a large screen, also clicks Submit twice (a double click).
        await browser.JourneyAsync("transcribe-second", async page =>
        {
            await page.LogInAsync(volunteers[1]);
            await StartAsync(page, slug, pageId);
            for (int r = 0; r < rows.Count; r++)
            {
                if (r > 0) await page.Locator("[data-add-row]").ClickAsync();
                var values = Values(rows[r], r == 0 ? marks[1] : "");
                for (int f = 0; f < values.Length; f++)
                    await page.Locator($"#cell-{r}-{DemoSeed.LocalityTemplate[f].Key}").FillAsync(values[f]);
            }
            await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "entry-1920x1080.png") });
            await page.GetByRole(AriaRole.Button, new() { Name = "Submit page" }).DblClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("page submitted");
            await AssertCannotFetchAsync(page, slug, pageId, [marks[0]]);
        }, width: 1920, height: 1080);

        // The third volunteer uses the keyboard only: the first field has focus when the screen opens.
        await browser.JourneyAsync("transcribe-keyboard", async page =>
        {
            await page.LogInAsync(volunteers[2]);
            await StartAsync(page, slug, pageId);
            await Assertions.Expect(page.Locator("#cell-0-locality_number")).ToBeFocusedAsync();
            for (int r = 0; r < rows.Count; r++)
            {
                var values = Values(rows[r], r == 0 ? marks[2] : "");
                for (int f = 0; f < values.Length; f++)
                {
                    await page.Keyboard.TypeAsync(values[f]);
                    if (f < values.Length - 1) await page.Keyboard.PressAsync("Tab");
                }
                if (r < rows.Count - 1) await page.Keyboard.PressAsync("Enter");
            }
            await Assertions.Expect(page.Locator("#cell-1-remarks")).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Control+Enter");
            await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("page submitted");
            await AssertCannotFetchAsync(page, slug, pageId, [marks[0], marks[1]]);
        });

        await using var connection = new NpgsqlConnection(browser.App.ConnectionString);
        var stored = (await connection.QueryAsync<string>("select rows::text from transcriptions where page_id = @pageId order by id", new { pageId })).ToList();
        Assert.Equal(3, stored.Count);
        for (int i = 0; i < 3; i++)
        {
            Assert.Contains(marks[i], stored[i]);
            Assert.Contains(rows[1].Locality, stored[i]);
        }
        string? decision = null;
        for (int i = 0; i < 300 && decision is null; i++, await Task.Delay(100))
            decision = await connection.ExecuteScalarAsync<string?>("select decision from page_consensus where page_id = @pageId and transcription_count = 3", new { pageId });
        Assert.Equal("review", decision);
        Assert.Equal("review", await connection.ExecuteScalarAsync<string>("select state from pages where id = @pageId", new { pageId }));

        // A reviewer sees the stored consensus: the agreed values, and the disputed remark with its candidates.
        var reviewer = await browser.App.CreateUserAsync(Roles.Reviewer);
        await browser.JourneyAsync("consensus-review", async page =>
        {
            await page.LogInAsync(reviewer);
            await page.GotoAsync($"/pages/{pageId}/consensus");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync(rows[1].Locality);
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync(marks[2]);
            await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "consensus-1366.png"), FullPage = true });
        });

        // And the first volunteer, now that all three are in, still cannot fetch the others' work.
        await browser.JourneyAsync("transcribe-first-again", async page =>
        {
            await page.LogInAsync(volunteers[0]);
            await AssertCannotFetchAsync(page, slug, pageId, [marks[1], marks[2]]);
        });
    }

    /// <summary>A project with the demo form and two small test scans (quicker than rendering a ledger page).</summary>
    async Task<(string Slug, IReadOnlyList<int> Pages)> SmallLedgerAsync()
    {
        var ledger = await browser.ImportLedgerAsync(await Journeys.TestScansAsync(2), withForm: true);
        return (ledger.Slug, ledger.Pages);
    }

    [Fact]
    public async Task TheKeyboard_ChecksValues_InsertsDeletesAndRestoresRows_AndMovesTheGuide()
    {
        var (slug, pages) = await SmallLedgerAsync();
        var volunteer = await browser.App.CreateUserAsync();

        await browser.JourneyAsync("keyboard", async page =>
        {
            await page.LogInAsync(volunteer);
            await StartAsync(page, slug, pages[0]);
            var rows = page.Locator("[data-rows] tr");

            // A locality number that does not fit the field's pattern is marked as it is typed, and explained.
            await page.Keyboard.TypeAsync("41x7");
            await Assertions.Expect(page.Locator("#cell-0-locality_number")).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(page.Locator("[data-field-help]")).ToContainTextAsync("expected form");
            await page.Keyboard.PressAsync("Backspace");
            await page.Keyboard.PressAsync("Backspace");
            await page.Keyboard.TypeAsync("87");
            await Assertions.Expect(page.Locator("#cell-0-locality_number")).Not.ToHaveAttributeAsync("aria-invalid", "true");

            // Enter starts a second row; Alt+Shift+I inserts one above it; Ctrl+↑ goes to the same field above.
            await page.Keyboard.PressAsync("Enter");
            await page.Keyboard.TypeAsync("4188");
            await page.Keyboard.PressAsync("Alt+Shift+I");
            await Assertions.Expect(rows).ToHaveCountAsync(3);
            await Assertions.Expect(page.Locator("#cell-1-locality_number")).ToBeFocusedAsync();
            await Assertions.Expect(page.Locator("#cell-2-locality_number")).ToHaveValueAsync("4188");
            await page.Keyboard.PressAsync("Control+ArrowUp");
            await Assertions.Expect(page.Locator("#cell-0-locality_number")).ToBeFocusedAsync();

            // Alt+Shift+D deletes the row, Alt+Shift+U brings it back.
            await page.Keyboard.PressAsync("Alt+Shift+D");
            await Assertions.Expect(rows).ToHaveCountAsync(2);
            await Assertions.Expect(page.Locator("[data-toast]")).ToContainTextAsync("Row 1 deleted");
            await page.Locator("#cell-0-locality_number").FocusAsync();
            await page.Keyboard.PressAsync("Alt+Shift+U");
            await Assertions.Expect(rows).ToHaveCountAsync(3);
            await Assertions.Expect(page.Locator("#cell-0-locality_number")).ToHaveValueAsync("4187");

            // Alt+↓ moves the guide line down the page.
            var guide = page.Locator(".guide-handle");
            string before = (await guide.GetAttributeAsync("aria-valuenow"))!;
            for (int i = 0; i < 4; i++) await page.Keyboard.PressAsync("Alt+ArrowDown");
            await Assertions.Expect(guide).Not.ToHaveAttributeAsync("aria-valuenow", before);
            Assert.True(int.Parse((await guide.GetAttributeAsync("aria-valuenow"))!) > int.Parse(before));
        });
    }

    [Fact]
    public async Task WorkTypedOffline_IsKeptOnTheDevice_AndSentWhenThePageIsOpenedAgain()
    {
        var (slug, pages) = await SmallLedgerAsync();
        var volunteer = await browser.App.CreateUserAsync();

        await browser.JourneyAsync("offline", async page =>
        {
            await page.LogInAsync(volunteer);
            await StartAsync(page, slug, pages[0]);
            await page.Context.SetOfflineAsync(true);
            await page.Keyboard.TypeAsync("2336a");
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.TypeAsync("Qzv typed offline");
            await page.Keyboard.PressAsync("Control+s");
            await Assertions.Expect(page.Locator("[data-save-status]")).ToContainTextAsync("Offline", new() { Timeout = 15000 });

            // The volunteer leaves while still offline; later, online again, they open the page.
            await page.GotoAsync("about:blank");
            await page.Context.SetOfflineAsync(false);
            await page.GotoAsync($"/pages/{pages[0]}/transcribe");
            await Assertions.Expect(page.Locator("#cell-0-collector")).ToHaveValueAsync("Qzv typed offline");
            await Assertions.Expect(page.Locator("[data-save-status]")).ToContainTextAsync("Draft saved", new() { Timeout = 15000 });
        }, offline: true);

        await using var connection = new NpgsqlConnection(browser.App.ConnectionString);
        Assert.Equal("Qzv typed offline", await connection.ExecuteScalarAsync<string>(
            "select rows -> 0 ->> 'collector' from page_drafts where page_id = @id and volunteer_id = @volunteer", new { id = pages[0], volunteer = volunteer.Id }));
    }

    [Fact]
    public async Task Flagging_AsksForANoteWhenTheReasonIsOther_ThenHandsOutTheNextPage()
    {
        var (slug, pages) = await SmallLedgerAsync();
        await using var connection = new NpgsqlConnection(browser.App.ConnectionString);
        var volunteer = await browser.App.CreateUserAsync();

        await browser.JourneyAsync("flag", async page =>
        {
            await page.LogInAsync(volunteer);
            await StartAsync(page, slug, pages[0]);
            await page.GetByRole(AriaRole.Button, new() { Name = "Flag page…" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await dialog.GetByRole(AriaRole.Radio, new() { Name = "Something else" }).CheckAsync();
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Flag page" }).ClickAsync();
            // Refused in place: the note is required for "something else".
            await Assertions.Expect(dialog).ToBeVisibleAsync();
            Assert.Equal("open", await connection.ExecuteScalarAsync<string>("select state from pages where id = @id", new { id = pages[0] }));

            await dialog.GetByRole(AriaRole.Textbox).FillAsync("Water stain over the lower half.");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Flag page" }).ClickAsync();
            await page.WaitForURLAsync($"**/pages/{pages[1]}/transcribe");
            await Assertions.Expect(page.Locator(".notice").First).ToContainTextAsync("flagged");
        });

        Assert.Equal("flagged", await connection.ExecuteScalarAsync<string>("select state from pages where id = @id", new { id = pages[0] }));
        Assert.Equal("other|Water stain over the lower half.", await connection.ExecuteScalarAsync<string>(
            "select reason || '|' || note from page_flags where page_id = @id", new { id = pages[0] }));
    }
}
