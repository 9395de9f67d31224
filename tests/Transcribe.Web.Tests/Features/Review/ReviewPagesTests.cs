using System.Net;
using Transcribe.Web.Infrastructure.Identity;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Web.Tests.Features.Review;

public sealed class ReviewPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    const string Script = "<script>alert(1)</script>";

    async Task<HttpClient> SignedInAsync(params string[] roles)
    {
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync(await app.CreateUserAsync(roles));
        return client;
    }

    /// <summary>A page in review at the maximum: the formation disputed between two values, a script in the remarks, one row only one volunteer saw.</summary>
    async Task<LedgerPage> DisputedPageAsync()
    {
        var page = await app.CreatePageAsync(required: 2, allowed: 3, needed: 3);
        var extra = ConsensusPages.Row("3499", "J. B. Hatcher", "1924", "Lance Creek divide", "Lance Fm.", "Upper Cretaceous", "");
        await app.TranscribeAsync(page, "17", ConsensusPages.Row1.With("remarks", Script), ConsensusPages.Row2);
        await app.TranscribeAsync(page, "17", ConsensusPages.Row1.With("remarks", Script), ConsensusPages.Row2.With("formation", "Hell Creek Fm."), extra);
        await app.TranscribeAsync(page, "17", ConsensusPages.Row1, ConsensusPages.Row2.With("formation", "Lance Fm."));
        await app.RunConsensusAsync(page);
        Assert.Equal("review", (await app.PageAsync(page)).State);
        return page;
    }

    [Fact]
    public async Task Consensus_ShowsAReviewerEachValue_ItsAgreement_AndItsCandidates()
    {
        var page = await DisputedPageAsync();
        var client = await SignedInAsync(Roles.Reviewer);

        var html = await client.GetPageAsync($"/pages/{page.PageId}/consensus");

        var headers = html.QuerySelectorAll("table.consensus-table thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["Row", .. DemoSeedLabels], headers);
        var rows = html.QuerySelectorAll("table.consensus-table tbody tr").Where(r => r.QuerySelector("th.row-head") is not null).ToList();
        Assert.Equal(3, rows.Count);
        var number = rows[0].QuerySelectorAll("td")[0];
        Assert.Equal("3421", number.QuerySelector(".cell-value")!.TextContent.Trim());
        Assert.Equal("100%", number.QuerySelector(".agreement")!.TextContent.Trim());

        var formation = rows[1].QuerySelectorAll("td")[4];
        Assert.Contains("disputed", formation.ClassList);
        Assert.Contains("decision-review", formation.ClassList);
        Assert.Equal("33%", formation.QuerySelector(".agreement")!.TextContent.Trim());
        var candidates = formation.QuerySelectorAll("details .candidates li").Select(li => li.QuerySelector(".candidate-value")!.TextContent.Trim()).ToList();
        Assert.Equal(3, candidates.Count);
        Assert.Contains("Lance Fm.", candidates);
        Assert.Contains("1 transcription", formation.QuerySelector(".candidate-support")!.TextContent);
        Assert.False(string.IsNullOrWhiteSpace(formation.QuerySelector("details .reason")!.TextContent));

        // The row one volunteer alone saw stays in its place, greyed and marked as left out.
        Assert.Contains("row-dropped", rows[2].ClassList);
        Assert.Contains("left out", rows[2].TextContent);
        Assert.Equal("17", html.QuerySelector("table.page-fields td .cell-value")!.TextContent.Trim());
        Assert.NotNull(html.QuerySelector("[data-viewer][data-info-url$='/info.json']"));
    }

    static readonly string[] DemoSeedLabels = [.. Transcribe.Web.Infrastructure.Demo.DemoSeed.LocalityTemplate.Select(f => f.Label)];

    [Fact]
    public async Task Consensus_EscapesHtmlInValues()
    {
        var page = await DisputedPageAsync();
        var client = await SignedInAsync(Roles.Curator);

        var response = await client.GetAsync($"/pages/{page.PageId}/consensus");
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(Script, body);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", body);
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body);
        Assert.Contains(html.QuerySelectorAll(".cell-value"), v => v.TextContent.Trim() == Script);
        Assert.DoesNotContain(html.Scripts, s => s.TextContent.Contains("alert"));
    }

    [Fact]
    public async Task Consensus_NeverNamesWhoGaveAValue()
    {
        var page = await DisputedPageAsync();
        var client = await SignedInAsync(Roles.Admin);

        string body = await client.GetStringAsync($"/pages/{page.PageId}/consensus");

        Assert.DoesNotContain("Volunteer", body);
        Assert.DoesNotContain("supporters", body);
        Assert.DoesNotMatch("v-[0-9a-f]{32}", body);
    }

    [Fact]
    public async Task Consensus_OfAnOpenPage_SaysItIsShownOnceTranscriptionFinishes_AndShowsNoValues()
    {
        var page = await app.CreatePageAsync(allowed: 4);
        await app.TranscribeAsync(page, "17", ConsensusPages.Row1, ConsensusPages.Row2);
        await app.TranscribeAsync(page, "17", ConsensusPages.Row1, ConsensusPages.Row2.With("formation", "Hell Creek Fm."));
        await app.RunConsensusAsync(page);
        Assert.Equal("open", (await app.PageAsync(page)).State);
        Assert.NotNull(await app.ConsensusAsync(page));
        var client = await SignedInAsync(Roles.Reviewer);

        var html = await client.GetPageAsync($"/pages/{page.PageId}/consensus");

        Assert.Contains("shown once transcription finishes", html.QuerySelector("[data-consensus-hidden]")!.TextContent);
        Assert.Null(html.QuerySelector("table.consensus-table"));
        Assert.DoesNotContain("Hell Creek", html.DocumentElement.OuterHtml);
        Assert.DoesNotContain("Harlowton", html.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task Consensus_NotYetComputed_SaysSo()
    {
        var page = await app.CreatePageAsync();
        var client = await SignedInAsync(Roles.Reviewer);

        var html = await client.GetPageAsync($"/pages/{page.PageId}/consensus");

        Assert.Contains("not been computed yet", html.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Consensus_OfAMissingPage_IsNotFound()
    {
        var client = await SignedInAsync(Roles.Reviewer);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/pages/999999/consensus")).StatusCode);
    }

    [Fact]
    public async Task ReviewList_ShowsThePagesInReviewAndApproval_WithTheirDisputes()
    {
        var disputed = await DisputedPageAsync();
        var accepted = await app.CreatePageAsync();
        await app.TranscribeAsync(accepted, "17", ConsensusPages.Row1);
        await app.TranscribeAsync(accepted, "17", ConsensusPages.Row1);
        await app.RunConsensusAsync(accepted);
        var client = await SignedInAsync(Roles.Reviewer);

        var html = await client.GetPageAsync($"/projects/{disputed.Slug}/review");

        var row = Assert.Single(html.QuerySelectorAll("table.review-list tbody tr"));
        Assert.Contains("p. 17", row.TextContent);
        Assert.Contains("for review", row.TextContent);
        // The formation; the row only one volunteer saw is confidently left out (2 of 3), not disputed.
        Assert.Equal("1", row.QuerySelectorAll("td")[4].TextContent.Trim());
        Assert.NotNull(row.QuerySelector($"a[href='/pages/{disputed.PageId}/consensus']"));
        // The list counts in SQL what the consensus screen counts from the stored JSON.
        var consensus = await client.GetPageAsync($"/pages/{disputed.PageId}/consensus");
        Assert.Contains("1 disputed decision", consensus.QuerySelector(".consensus-summary")!.TextContent);

        var other = await client.GetPageAsync($"/projects/{accepted.Slug}/review");
        Assert.Contains("Awaiting approval", Assert.Single(other.QuerySelectorAll("table.review-list tbody tr")).TextContent);
    }

    [Fact]
    public async Task ReviewList_WithNothingToReview_SaysSo()
    {
        var page = await app.CreatePageAsync(state: "open");
        var client = await SignedInAsync(Roles.Reviewer);

        var html = await client.GetPageAsync($"/projects/{page.Slug}/review");

        Assert.Contains("No pages are waiting", html.QuerySelector(".empty-state")!.TextContent);
    }

    [Fact]
    public async Task AVolunteer_IsRefusedBothScreens()
    {
        var page = await DisputedPageAsync();
        var client = await SignedInAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/pages/{page.PageId}/consensus")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/projects/{page.Slug}/review")).StatusCode);
    }

    [Fact]
    public async Task Anyone_NotSignedIn_IsSentToLogIn()
    {
        var page = await app.CreatePageAsync();
        var client = app.CreateBrowserLikeClient();

        var response = await client.GetAsync($"/pages/{page.PageId}/consensus");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }
}
