using System.Net;
using AngleSharp.Html.Dom;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Web.Tests.Features.Volunteers;

public sealed class MyWorkTests(AppFactory app) : IClassFixture<AppFactory>
{
    const string TwoRows = """
        [{"locality_number": "4187", "collector": "Gilmore", "date": ""},
         {"locality_number": "4188", "collector": "  ", "date": "1923"}]
        """;

    static string Stat(IHtmlDocument page, string name) => page.QuerySelector($"[data-stat={name}]")!.TextContent.Trim();

    static IReadOnlyList<string> RowsOf(IHtmlDocument page, string headingId) =>
        page.QuerySelector($"section[aria-labelledby={headingId}]")!.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();

    [Fact]
    public async Task MyWork_ShowsMySubmissionsDraftsAndFlags_WithMyFigures()
    {
        var ledger = await app.CreateLedgerAsync("consensus", "open", "flagged");
        var me = await app.CreateUserAsync();
        await app.AddTranscriptionAsync(ledger.Pages[0], me.Id, TwoRows, """{"page_heading": "Wyoming", "blank": ""}""");
        await app.ExecuteAsync("insert into page_drafts (page_id, volunteer_id, rows) values (@page, @me, '[]')", new { page = ledger.Pages[1], me = me.Id });
        await app.ExecuteAsync("insert into page_flags (page_id, volunteer_id, reason, note) values (@page, @me, 'illegible', 'Ink faded <b>badly</b>')",
            new { page = ledger.Pages[2], me = me.Id });

        var page = await (await app.SignedInClientAsync(me)).GetPageAsync("/my/work");

        Assert.Equal(("1", "2", "5"), (Stat(page, "pages"), Stat(page, "rows"), Stat(page, "fields")));
        Assert.Equal("Known once your pages are decided", Stat(page, "agreement"));
        var submitted = Assert.Single(RowsOf(page, "submitted-heading"));
        Assert.Contains("p. 1", submitted);
        Assert.Contains(ledger.DocumentTitle, submitted);
        Assert.Contains("In consensus", submitted);
        Assert.Equal($"/pages/{ledger.Pages[0]}", page.QuerySelector("section[aria-labelledby=submitted-heading] tbody a")!.GetAttribute("href"));
        Assert.Contains("p. 2", Assert.Single(RowsOf(page, "drafts-heading")));
        Assert.Equal($"/pages/{ledger.Pages[1]}/transcribe", page.QuerySelector("section[aria-labelledby=drafts-heading] a.button")!.GetAttribute("href"));
        var flag = Assert.Single(RowsOf(page, "flags-heading"));
        Assert.Contains("Illegible", flag);
        Assert.Contains("Ink faded <b>badly</b>", flag); // as text, not markup
        Assert.Contains("Open", flag);
        Assert.Null(page.QuerySelector(".empty-state"));
    }

    [Fact]
    public async Task MyWork_OnceMyPagesAreScored_ShowsMyAgreementAsAPercentage()
    {
        var ledger = await app.CreateLedgerAsync("approval", "reconciled");
        var me = await app.CreateUserAsync();
        long first = await app.AddTranscriptionAsync(ledger.Pages[0], me.Id, TwoRows);
        long second = await app.AddTranscriptionAsync(ledger.Pages[1], me.Id, TwoRows);
        await app.ExecuteAsync("""
            insert into transcription_scores (transcription_id, agreed, compared, engine_version)
            values (@first, 7, 8, 'test'), (@second, 11, 12, 'test')
            """, new { first, second });

        var page = await (await app.SignedInClientAsync(me)).GetPageAsync("/my/work");

        Assert.Equal("90%", Stat(page, "agreement")); // 18 of 20 fields
    }

    [Fact]
    public async Task MyWork_NeverShowsAnotherVolunteersWork()
    {
        var shared = await app.CreateLedgerAsync("open", "open");
        var theirs = await app.CreateLedgerAsync("open", "open");
        var me = await app.CreateUserAsync();
        var other = await app.CreateUserAsync();
        await app.AddTranscriptionAsync(shared.Pages[0], me.Id, """[{"collector": "Mine"}]""");
        // The other volunteer's transcription of the same page, and work on a ledger I never touched.
        await app.AddTranscriptionAsync(shared.Pages[0], other.Id, """[{"collector": "ZZ-OTHER-VALUE"}, {"collector": "x"}, {"collector": "y"}]""");
        await app.AddTranscriptionAsync(theirs.Pages[0], other.Id, """[{"collector": "ZZ-OTHER-VALUE"}]""");
        await app.ExecuteAsync("""
            insert into page_drafts (page_id, volunteer_id) values (@page, @other);
            insert into page_flags (page_id, volunteer_id, reason, note) values (@page2, @other, 'damaged', 'ZZ-OTHER-NOTE');
            """, new { page = theirs.Pages[1], page2 = theirs.Pages[0], other = other.Id });

        var response = await (await app.SignedInClientAsync(me)).GetAsync("/my/work");
        string html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("ZZ-OTHER", html);
        Assert.DoesNotContain(theirs.DocumentTitle, html);
        Assert.DoesNotContain(other.DisplayName, html);
        var page = await response.ParseAsync();
        Assert.Single(RowsOf(page, "submitted-heading"));
        Assert.Equal(("1", "1", "1"), (Stat(page, "pages"), Stat(page, "rows"), Stat(page, "fields")));
        Assert.Empty(page.QuerySelectorAll("section[aria-labelledby=drafts-heading] tbody tr"));
        Assert.Empty(page.QuerySelectorAll("section[aria-labelledby=flags-heading] tbody tr"));
    }

    [Fact]
    public async Task MyWork_BeforeAnyWork_InvitesTheVolunteerToStart()
    {
        var page = await (await app.SignedInClientAsync(await app.CreateUserAsync())).GetPageAsync("/my/work");

        Assert.Equal("0", Stat(page, "pages"));
        var invitation = page.QuerySelector(".empty-state")!;
        Assert.Equal("/", invitation.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("start transcribing", invitation.TextContent);
    }

    [Fact]
    public async Task MyWork_WhenAnonymous_RedirectsToLogin()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/my/work");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
    }
}
