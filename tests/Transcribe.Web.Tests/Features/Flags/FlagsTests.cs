using System.Net;
using Dapper;
using Npgsql;
using Transcribe.Web.Infrastructure.Identity;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Web.Tests.Features.Flags;

public sealed class FlagsTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>A ledger whose first two pages are flagged (the first by two volunteers) and whose third was flagged and dealt with.</summary>
    async Task<(TestLedger Ledger, TestUser First, TestUser Second)> FlaggedLedgerAsync()
    {
        var ledger = await app.CreateLedgerAsync("flagged", "flagged", "open");
        var first = await app.CreateUserAsync();
        var second = await app.CreateUserAsync();
        await app.ExecuteAsync("""
            insert into page_flags (page_id, volunteer_id, reason, note, flagged_at) values
                (@a, @first, 'illegible', 'Water damage <across> the top', now() - interval '2 days'),
                (@a, @second, 'damaged', '', now() - interval '1 day'),
                (@b, @first, 'not_ledger', 'A letter tucked in', now());
            insert into page_flags (page_id, volunteer_id, reason, note, resolved_at) values (@c, @first, 'blank', 'ZZ-RESOLVED', now());
            """, new { a = ledger.Pages[0], b = ledger.Pages[1], c = ledger.Pages[2], first = first.Id, second = second.Id });
        return (ledger, first, second);
    }

    /// <summary>The page's state, its open flags, and how each of its flags was resolved, as one readable line.</summary>
    async Task<string> PageAsync(int pageId)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        string state = await connection.ExecuteScalarAsync<string>("select state from pages where id = @pageId", new { pageId }) ?? "";
        long open = await connection.ExecuteScalarAsync<long>("select count(*) from page_flags where page_id = @pageId and resolved_at is null", new { pageId });
        var resolutions = await connection.QueryAsync<string>("select coalesce(resolution, '-') from page_flags where page_id = @pageId order by id", new { pageId });
        return $"{state}, {open} open, {string.Join(" ", resolutions)}";
    }

    Task<HttpClient> CuratorAsync() => app.CuratorClientAsync();

    [Fact]
    public async Task TheList_ShowsPagesWithOpenFlags_LongestWaitingFirst_WithReasonsNotesAndWho()
    {
        var (ledger, first, second) = await FlaggedLedgerAsync();

        var page = await (await CuratorAsync()).GetPageAsync($"/projects/{ledger.Slug}/flags");

        var cards = page.QuerySelectorAll(".flag-card");
        Assert.Equal(2, cards.Length);
        Assert.Equal($"/pages/{ledger.Pages[0]}", cards[0].QuerySelector("h2 a")!.GetAttribute("href"));
        var reports = cards[0].QuerySelectorAll(".flag-reports li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, reports.Count);
        Assert.Contains("Illegible", reports[0]);
        Assert.Contains(first.DisplayName, reports[0]);
        Assert.Contains("Water damage <across> the top", reports[0]);
        Assert.Contains("Damaged", reports[1]);
        Assert.Contains(second.DisplayName, reports[1]);
        Assert.Contains("Not a ledger page", cards[1].TextContent);
        Assert.DoesNotContain("ZZ-RESOLVED", page.Body!.TextContent);
        Assert.NotNull(cards[0].QuerySelector($"form[action='/projects/{ledger.Slug}/flags/{ledger.Pages[0]}/return']"));
        Assert.NotNull(cards[0].QuerySelector($"form[action='/projects/{ledger.Slug}/flags/{ledger.Pages[0]}/set-aside']"));
    }

    [Fact]
    public async Task ReturnToTranscription_OpensThePage_AndResolvesAllItsFlags()
    {
        var (ledger, _, _) = await FlaggedLedgerAsync();
        var curator = await CuratorAsync();
        int pageId = ledger.Pages[0];

        var response = await curator.SubmitFormAsync($"/projects/{ledger.Slug}/flags", $"/projects/{ledger.Slug}/flags/{pageId}/return", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("open, 0 open, returned returned", await PageAsync(pageId));
        var list = await curator.GetPageAsync($"/projects/{ledger.Slug}/flags");
        Assert.Contains("p. 1 is open for transcription again", list.QuerySelector(".notice")!.TextContent);
        Assert.Single(list.QuerySelectorAll(".flag-card"));
        Assert.Equal("flagged, 1 open, -", await PageAsync(ledger.Pages[1])); // the other page is untouched
    }

    [Fact]
    public async Task SetAside_KeepsThePageFlagged_ResolvesItsFlags_AndTakesItOffTheList()
    {
        var (ledger, first, _) = await FlaggedLedgerAsync();
        var curator = await CuratorAsync();
        int pageId = ledger.Pages[1];

        await curator.SubmitFormAsync($"/projects/{ledger.Slug}/flags", $"/projects/{ledger.Slug}/flags/{pageId}/set-aside", new Dictionary<string, string>());

        Assert.Equal("flagged, 0 open, set_aside", await PageAsync(pageId));
        var list = await curator.GetPageAsync($"/projects/{ledger.Slug}/flags");
        Assert.DoesNotContain(list.QuerySelectorAll(".flag-card h2 a"), a => a.GetAttribute("href") == $"/pages/{pageId}");
        // The volunteer who flagged it sees the outcome.
        var mine = await (await app.SignedInClientAsync(first)).GetPageAsync("/my/work");
        Assert.Contains("set aside", mine.QuerySelector("section[aria-labelledby=flags-heading] tbody")!.TextContent);
    }

    [Fact]
    public async Task ReturnToTranscription_OfAPageThatCannotGoBack_IsRefusedWithAReason_AndChangesNothing()
    {
        var ledger = await app.CreateLedgerAsync("reconciled");
        var volunteer = await app.CreateUserAsync();
        await app.ExecuteAsync("insert into page_flags (page_id, volunteer_id, reason) values (@page, @volunteer, 'other')",
            new { page = ledger.Pages[0], volunteer = volunteer.Id });

        var response = await (await CuratorAsync()).SubmitFormAsync($"/projects/{ledger.Slug}/flags",
            $"/projects/{ledger.Slug}/flags/{ledger.Pages[0]}/return", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("cannot go back to transcription", (await response.ParseAsync()).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("reconciled, 1 open, -", await PageAsync(ledger.Pages[0]));
    }

    [Fact]
    public async Task AnAction_OnAPageOfAnotherProject_Is404()
    {
        var (ledger, _, _) = await FlaggedLedgerAsync();
        var other = await app.CreateLedgerAsync();
        var curator = await CuratorAsync();
        string token = (await curator.GetPageAsync($"/projects/{ledger.Slug}/flags"))
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await curator.PostAsync($"/projects/{other.Slug}/flags/{ledger.Pages[0]}/return",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("flagged, 2 open, - -", await PageAsync(ledger.Pages[0]));
    }

    [Fact]
    public async Task TheList_ForAVolunteer_Is403_AndTheActionsAreRefused()
    {
        var (ledger, first, _) = await FlaggedLedgerAsync();
        var volunteer = await app.SignedInClientAsync(first);
        string token = (await volunteer.GetPageAsync($"/pages/{ledger.Pages[0]}/notes"))
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var list = await volunteer.GetAsync($"/projects/{ledger.Slug}/flags");
        var action = await volunteer.PostAsync($"/projects/{ledger.Slug}/flags/{ledger.Pages[0]}/return",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, action.StatusCode);
        Assert.Equal("flagged, 2 open, - -", await PageAsync(ledger.Pages[0]));
    }

    [Fact]
    public async Task TheList_WhenAnonymous_RedirectsToLogin()
    {
        var (ledger, _, _) = await FlaggedLedgerAsync();

        var response = await app.CreateBrowserLikeClient().GetAsync($"/projects/{ledger.Slug}/flags");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task TheList_WithNothingWaiting_SaysSo()
    {
        var ledger = await app.CreateLedgerAsync();

        var page = await (await CuratorAsync()).GetPageAsync($"/projects/{ledger.Slug}/flags");

        Assert.Contains("No flagged pages are waiting", page.QuerySelector(".empty-state")!.TextContent);
    }
}
