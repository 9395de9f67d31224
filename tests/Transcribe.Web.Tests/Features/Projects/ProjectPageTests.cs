using Transcribe.Web.Infrastructure.Identity;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Web.Tests.Features.Projects;

public sealed class ProjectPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Show_CountsThePagesByStage_InTextAsWellAsInTheBar()
    {
        var ledger = await app.CreateLedgerAsync(
            "imported", "tiling", "open", "consensus", "review", "approval", "reconciled", "flagged", "flagged");

        var page = await app.CreateClient().GetPageAsync($"/projects/{ledger.Slug}");

        string Count(string stage) => page.QuerySelector($"[data-stage={stage}] [data-count]")!.TextContent;
        Assert.Equal(("3", "1", "2", "1"), (Count("open"), Count("consensus"), Count("review"), Count("done")));
        Assert.Equal("2", page.QuerySelector("[data-flagged]")!.GetAttribute("data-flagged"));
        Assert.Contains("1 of 7 pages done", page.QuerySelector(".progress-summary")!.TextContent);
        var bar = page.QuerySelector("svg.stacked-bar")!;
        Assert.Equal("img", bar.GetAttribute("role"));
        Assert.Contains("Open: 3 (43%)", bar.GetAttribute("aria-label"));
        Assert.Equal(4, bar.QuerySelectorAll("rect").Length);
    }

    [Fact]
    public async Task Show_ForAVolunteer_OffersStartTranscribing_AndEachLedgerOnItsOwn()
    {
        var ledger = await app.CreateLedgerAsync("open", "open");
        var client = await app.SignedInClientAsync(await app.CreateUserAsync());

        var page = await client.GetPageAsync($"/projects/{ledger.Slug}");

        var forms = page.Forms.Where(f => f.GetAttribute("action") == $"/projects/{ledger.Slug}/start").ToList();
        Assert.Equal(2, forms.Count);
        Assert.Equal("Start transcribing", forms[0].QuerySelector("button")!.TextContent.Trim());
        Assert.All(forms, f => Assert.NotNull(f.QuerySelector("input[name=__RequestVerificationToken]")));
        Assert.Null(forms[0].QuerySelector("input[name=documentId]"));
        Assert.Equal(ledger.DocumentId.ToString(), forms[1].QuerySelector("input[name=documentId]")!.GetAttribute("value"));
        Assert.StartsWith("Transcribe this ledger", forms[1].QuerySelector("button")!.TextContent);
        Assert.Null(page.QuerySelector($"a[href='/projects/{ledger.Slug}/flags']")); // curators only
    }

    [Fact]
    public async Task Show_WhenSignedOut_AsksToLogInAndComeBack()
    {
        var ledger = await app.CreateLedgerAsync();

        var page = await app.CreateClient().GetPageAsync($"/projects/{ledger.Slug}");

        Assert.DoesNotContain(page.Forms, f => f.GetAttribute("action") == $"/projects/{ledger.Slug}/start");
        var login = page.QuerySelector($"a[href='/account/login?returnUrl=/projects/{ledger.Slug}']")!;
        Assert.Equal("Log in to transcribe", login.TextContent);
    }

    [Fact]
    public async Task TheLedgerPage_OffersToTranscribeThatLedger()
    {
        var ledger = await app.CreateLedgerAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync());

        var page = await client.GetPageAsync($"/projects/{ledger.Slug}/documents/{ledger.DocumentId}");

        var form = page.Forms.Single(f => f.GetAttribute("action") == $"/projects/{ledger.Slug}/start");
        Assert.Equal(ledger.DocumentId.ToString(), form.QuerySelector("input[name=documentId]")!.GetAttribute("value"));
        Assert.Equal("Transcribe this ledger", form.QuerySelector("button")!.TextContent.Trim());
    }

    [Fact]
    public async Task Show_ForACurator_LinksToTheFlaggedPagesWithTheirCount()
    {
        var ledger = await app.CreateLedgerAsync("flagged", "flagged", "open");
        var volunteer = await app.CreateUserAsync();
        var another = await app.CreateUserAsync();
        await app.ExecuteAsync("""
            insert into page_flags (page_id, volunteer_id, reason) values (@a, @volunteer, 'blank'), (@a, @another, 'blank'), (@b, @volunteer, 'damaged');
            insert into page_flags (page_id, volunteer_id, reason, resolved_at) values (@c, @volunteer, 'other', now());
            """, new { a = ledger.Pages[0], b = ledger.Pages[1], c = ledger.Pages[2], volunteer = volunteer.Id, another = another.Id });
        var curator = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Curator));

        var page = await curator.GetPageAsync($"/projects/{ledger.Slug}");

        var link = page.QuerySelector($"a[href='/projects/{ledger.Slug}/flags']")!;
        Assert.Equal("Flagged pages 2", string.Join(" ", link.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }
}
