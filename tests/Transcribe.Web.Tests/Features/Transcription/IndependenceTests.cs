using System.Net;
using System.Net.Http.Json;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Web.Tests.Features.Transcription;

/// <summary>
/// A volunteer never sees another volunteer's work on a page, before or after either submits, by any
/// route that returns transcription data. One volunteer's distinctive values are looked for in
/// everything the other can fetch.
/// </summary>
public sealed class IndependenceTests(AppFactory app) : IClassFixture<AppFactory>
{
    const string DraftOnly = "Zqxwv Gulch draft";
    const string Submitted = "Vyxxq Butte submitted";

    /// <summary>Every route a volunteer can call that touches a page's transcriptions or their own work.</summary>
    static IEnumerable<string> Routes(TestLedger ledger, int page) =>
    [
        $"/pages/{page}/transcribe",
        $"/pages/{page}",
        $"/projects/{ledger.Slug}",
        $"/projects/{ledger.Slug}/documents/{ledger.DocumentId}",
        $"/pages/{page}/notes",
        $"/my/work",
        $"/pages/{page}/consensus",
        $"/projects/{ledger.Slug}/review",
        $"/iiif/manifests/{ledger.DocumentId}",
    ];

    async Task AssertSeesNoneOfItAsync(HttpClient client, TestLedger ledger, int page)
    {
        foreach (var route in Routes(ledger, page))
        {
            var body = await (await client.GetAsync(route)).Content.ReadAsStringAsync();
            Assert.DoesNotContain("Zqxwv", body);
            Assert.DoesNotContain("Vyxxq", body);
        }
        foreach (var response in new[]
        {
            await client.PutDraftAsync(page, new { rows = new[] { Ledgers.Row("1", "mine") } }),
            await client.PostAsJsonAsync($"/api/pages/{page}/check", new { key = "locality", value = "x", row = 0 }),
            await client.SubmitEntryAsync(page, Guid.NewGuid(), Ledgers.Row("1", "")),
        })
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Zqxwv", body);
            Assert.DoesNotContain("Vyxxq", body);
        }
    }

    [Fact]
    public async Task NoRouteShowsAnotherVolunteersDraftOrTranscription()
    {
        var ledger = await app.CreateLedgerProjectAsync(pages: 2, needed: 3);
        var alice = await app.VolunteerClientAsync();
        var bob = await app.VolunteerClientAsync();

        // Alice: a draft on one page, a submitted transcription on the other.
        await alice.OpenEntryAsync(ledger.Pages[0]);
        Assert.Equal(HttpStatusCode.OK, (await alice.PutDraftAsync(ledger.Pages[0], new { rows = new[] { Ledgers.Row("4187", DraftOnly) } })).StatusCode);
        await alice.OpenEntryAsync(ledger.Pages[1]);
        Assert.Equal(HttpStatusCode.Created, (await alice.SubmitEntryAsync(ledger.Pages[1], Guid.NewGuid(), Ledgers.Row("4188", Submitted))).StatusCode);

        // Bob, before he starts, while he works, and after he submits each page.
        await bob.TakeTokenAsync();
        foreach (int page in ledger.Pages) await AssertSeesNoneOfItAsync(bob, ledger, page);
        foreach (int page in ledger.Pages)
        {
            await bob.OpenEntryAsync(page);
            await AssertSeesNoneOfItAsync(bob, ledger, page);
            Assert.Equal(HttpStatusCode.Created, (await bob.SubmitEntryAsync(page, Guid.NewGuid(), Ledgers.Row("1", "Bob's place"))).StatusCode);
            await AssertSeesNoneOfItAsync(bob, ledger, page);
        }

        // And Alice sees her own work, so the check above is looking in the right place.
        var own = await (await alice.GetAsync($"/pages/{ledger.Pages[0]}/transcribe")).Content.ReadAsStringAsync();
        Assert.Contains(DraftOnly, own);
    }
}
