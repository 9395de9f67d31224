using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Web.Tests.Features.Transcription;

/// <summary>The entry screen's routes: drafts, submit, limits, bad input, flagging, through the real app and database.</summary>
public sealed class EntryTests(AppFactory app) : IClassFixture<AppFactory>
{
    Task<T> ScalarAsync<T>(string sql, object? args = null) => app.ScalarAsync<T>(sql, args);

    static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Draft_IsRestoredWhenThePageIsOpenedAgain()
    {
        var ledger = await app.CreateLedgerProjectAsync();
        var client = await app.VolunteerClientAsync();
        await client.OpenEntryAsync(ledger.Pages[0]);

        var saved = await client.PutDraftAsync(ledger.Pages[0], new { rows = new[] { Ledgers.Row("4187", "Lance Creek, Niobrara Co., Wyo.") }, pageFields = new { } });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.True((await JsonAsync(saved)).GetProperty("leaseActive").GetBoolean());

        var again = await client.OpenEntryAsync(ledger.Pages[0]);
        var data = JsonDocument.Parse(again.GetElementById("entry-data")!.TextContent).RootElement;
        var row = data.GetProperty("draft").GetProperty("rows")[0];
        Assert.Equal("4187", row.GetProperty("locality_number").GetString());
        Assert.Equal("Lance Creek, Niobrara Co., Wyo.", row.GetProperty("locality").GetString());
    }

    [Fact]
    public async Task Draft_ReportsProblemsButIsStoredAnyway()
    {
        var ledger = await app.CreateLedgerProjectAsync();
        var client = await app.VolunteerClientAsync();
        await client.OpenEntryAsync(ledger.Pages[0]);

        var saved = await client.PutDraftAsync(ledger.Pages[0], new { rows = new[] { Ledgers.Row("41x7", "") }, pageFields = new { } });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var problems = (await JsonAsync(saved)).GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("key").GetString()).ToList();
        Assert.Equal(["locality_number", "locality"], problems);
        Assert.Equal("41x7", await ScalarAsync<string>("select rows -> 0 ->> 'locality_number' from page_drafts where page_id = @id", new { id = ledger.Pages[0] }));
    }

    [Fact]
    public async Task Submit_RepeatedConcurrently_StoresOneTranscription()
    {
        var ledger = await app.CreateLedgerProjectAsync();
        var client = await app.VolunteerClientAsync();
        await client.OpenEntryAsync(ledger.Pages[0]);
        var key = Guid.NewGuid();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.SubmitEntryAsync(ledger.Pages[0], key, Ledgers.Row("4187", "Lance Creek"))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, r.StatusCode.ToString()));
        var ids = await Task.WhenAll(responses.Select(async r => (await JsonAsync(r)).GetProperty("id").GetInt64()));
        Assert.Single(ids.Distinct());
        Assert.Equal(1, await ScalarAsync<int>("select count(*) from transcriptions where page_id = @id", new { id = ledger.Pages[0] }));
        Assert.Equal(1, await ScalarAsync<int>("select transcription_count from pages where id = @id", new { id = ledger.Pages[0] }));
        Assert.Equal(0, await ScalarAsync<int>("select count(*) from page_drafts where page_id = @id", new { id = ledger.Pages[0] }));
    }

    [Fact]
    public async Task Submitted_IsImmutable()
    {
        var ledger = await app.CreateLedgerProjectAsync();
        var client = await app.VolunteerClientAsync();
        await client.OpenEntryAsync(ledger.Pages[0]);
        Assert.Equal(HttpStatusCode.Created, (await client.SubmitEntryAsync(ledger.Pages[0], Guid.NewGuid(), Ledgers.Row("4187", "Lance Creek"))).StatusCode);

        var second = await client.SubmitEntryAsync(ledger.Pages[0], Guid.NewGuid(), Ledgers.Row("9999", "Somewhere else"));
        var draft = await client.PutDraftAsync(ledger.Pages[0], new { rows = new[] { Ledgers.Row("9999", "Somewhere else") } });

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, draft.StatusCode);
        Assert.Equal("4187", await ScalarAsync<string>("select rows -> 0 ->> 'locality_number' from transcriptions where page_id = @id", new { id = ledger.Pages[0] }));
        Assert.Contains("You have transcribed this page", (await client.GetPageAsync($"/pages/{ledger.Pages[0]}/transcribe")).Body!.TextContent);
    }

    [Fact]
    public async Task Submit_WhenThePageHasEnough_MovesItToConsensusAndQueuesTheEngine()
    {
        var ledger = await app.CreateLedgerProjectAsync(needed: 2);
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var client = await app.VolunteerClientAsync();
            await client.OpenEntryAsync(ledger.Pages[0]);
            Assert.Equal(HttpStatusCode.Created, (await client.SubmitEntryAsync(ledger.Pages[0], Guid.NewGuid(), Ledgers.Row("4187", "Lance Creek"))).StatusCode);
        }

        Assert.Equal("consensus", await ScalarAsync<string>("select state from pages where id = @id", new { id = ledger.Pages[0] }));
        Assert.Equal(1, await ScalarAsync<int>("select count(*) from jobs where kind = 'consensus' and payload ->> 'subject' = @id", new { id = ledger.Pages[0].ToString() }));
    }

    [Fact]
    public async Task Submit_WithProblems_IsRefusedAndKeptAsADraft()
    {
        var ledger = await app.CreateLedgerProjectAsync();
        var client = await app.VolunteerClientAsync();
        await client.OpenEntryAsync(ledger.Pages[0]);

        var response = await client.SubmitEntryAsync(ledger.Pages[0], Guid.NewGuid(), Ledgers.Row("4187", ""));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = Assert.Single((await JsonAsync(response)).GetProperty("problems").EnumerateArray());
        Assert.Equal("locality", problem.GetProperty("key").GetString());
        Assert.Equal(0, problem.GetProperty("row").GetInt32());
        Assert.Equal(0, await ScalarAsync<int>("select count(*) from transcriptions where page_id = @id", new { id = ledger.Pages[0] }));
        Assert.Equal("4187", await ScalarAsync<string>("select rows -> 0 ->> 'locality_number' from page_drafts where page_id = @id", new { id = ledger.Pages[0] }));
    }

    [Fact]
    public async Task Api_RefusesAPageTheVolunteerWasNotGiven_AndStoresNothing()
    {
        var ledger = await app.CreateLedgerProjectAsync();
        var client = await app.VolunteerClientAsync();
        await client.TakeTokenAsync();

        var draft = await client.PutDraftAsync(ledger.Pages[1], new { rows = new[] { Ledgers.Row("1", "x") } });
        var submit = await client.SubmitEntryAsync(ledger.Pages[1], Guid.NewGuid(), Ledgers.Row("1", "x"));
        var missing = await client.PutDraftAsync(987654, new { rows = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.Forbidden, draft.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, submit.StatusCode);
        Assert.Contains("not assigned to you", (await JsonAsync(submit)).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(0, await ScalarAsync<int>("select (select count(*) from page_drafts) + (select count(*) from transcriptions where page_id = @id)", new { id = ledger.Pages[1] }));
    }

    [Fact]
    public async Task Api_WithoutSignIn_Answers401_AndWithoutToken_400()
    {
        var ledger = await app.CreateLedgerProjectAsync();
        var anonymous = app.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutDraftAsync(ledger.Pages[0], new { rows = Array.Empty<object>() })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"/pages/{ledger.Pages[0]}/transcribe")).StatusCode);

        var noToken = app.CreateBrowserLikeClient();
        await noToken.LoginAsync(await app.CreateUserAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await noToken.PutDraftAsync(ledger.Pages[0], new { rows = Array.Empty<object>() })).StatusCode);
    }

    [Fact]
    public async Task Limits_TooManyRowsOrTooLongAValue_AreRefusedWithAClearMessage()
    {
        var ledger = await app.CreateLedgerProjectAsync(maxRows: 3, maxFieldLength: 40);
        var client = await app.VolunteerClientAsync();
        await client.OpenEntryAsync(ledger.Pages[0]);

        var tooMany = await client.PutDraftAsync(ledger.Pages[0], new { rows = Enumerable.Range(1, 4).Select(i => Ledgers.Row($"{i}", "x")).ToArray() });
        var tooLong = await client.SubmitEntryAsync(ledger.Pages[0], Guid.NewGuid(), Ledgers.Row("1", new string('a', 41)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMany.StatusCode);
        Assert.Contains("at most 3", (await tooMany.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Contains("at most 40", (await tooLong.Content.ReadAsStringAsync()));
        Assert.Equal(0, await ScalarAsync<int>("select (select count(*) from page_drafts where page_id = @id) + (select count(*) from transcriptions where page_id = @id)", new { id = ledger.Pages[0] }));
    }

    [Fact]
    public async Task BadBodies_InvalidUtf8AndWrongShapes_Get400AndChangeNothing()
    {
        var ledger = await app.CreateLedgerProjectAsync();
        var client = await app.VolunteerClientAsync();
        await client.OpenEntryAsync(ledger.Pages[0]);
        string url = $"/api/pages/{ledger.Pages[0]}/draft";

        byte[] invalidUtf8 = [.. "{\"rows\":[{\"locality\":\""u8, 0xC3, 0x28, .. "\"}]}"u8];
        var responses = new[]
        {
            await client.SendRawAsync(HttpMethod.Put, url, invalidUtf8),
            await client.SendRawAsync(HttpMethod.Put, url, "{\"rows\": [{\"locality\": 5}]}"u8.ToArray()),
            await client.SendRawAsync(HttpMethod.Put, url, "{\"rows\": "u8.ToArray()),
            await client.PutAsync(url, new StringContent("rows=1")),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Contains("could not be read", await responses[0].Content.ReadAsStringAsync());
        Assert.Equal(0, await ScalarAsync<int>("select count(*) from page_drafts where page_id = @id", new { id = ledger.Pages[0] }));
    }

    [Fact]
    public async Task Markup_IsStoredAsText_AndShownEscaped_AndControlCharactersAreDropped()
    {
        var ledger = await app.CreateLedgerProjectAsync();
        var client = await app.VolunteerClientAsync();
        await client.OpenEntryAsync(ledger.Pages[0]);
        const string script = "<script>alert(1)</script><img src=x onerror=alert(2)>";

        await client.PutDraftAsync(ledger.Pages[0], new { rows = new[] { Ledgers.Row("4187", script + "\u0000\u001b", "</script><b>x") } });
        var html = await (await client.GetAsync($"/pages/{ledger.Pages[0]}/transcribe")).Content.ReadAsStringAsync();

        Assert.Equal(script, await ScalarAsync<string>("select rows -> 0 ->> 'locality' from page_drafts where page_id = @id", new { id = ledger.Pages[0] }));
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.DoesNotContain("</script><b>", html);
        Assert.DoesNotContain("<img src=x", html);
        var page = await client.OpenEntryAsync(ledger.Pages[0]);
        var data = JsonDocument.Parse(page.GetElementById("entry-data")!.TextContent).RootElement;
        Assert.Equal(script, data.GetProperty("draft").GetProperty("rows")[0].GetProperty("locality").GetString());
    }

    [Fact]
    public async Task Check_SaysWhatIsWrongWithOneValue()
    {
        var ledger = await app.CreateLedgerProjectAsync();
        var client = await app.VolunteerClientAsync();
        await client.OpenEntryAsync(ledger.Pages[0]);
        string url = $"/api/pages/{ledger.Pages[0]}/check";

        var bad = await JsonAsync(await client.PostAsJsonAsync(url, new { key = "locality_number", value = "41-x", row = 2 }));
        var good = await JsonAsync(await client.PostAsJsonAsync(url, new { key = "locality_number", value = "4187a", row = 2 }));
        var unknown = await client.PostAsJsonAsync(url, new { key = "nope", value = "x" });

        Assert.Equal(2, bad.GetProperty("problem").GetProperty("row").GetInt32());
        Assert.Equal(JsonValueKind.Null, good.GetProperty("problem").ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Flag_MovesThePageToACurator_AndNeedsANoteForOther()
    {
        var ledger = await app.CreateLedgerProjectAsync();
        var client = await app.VolunteerClientAsync();
        string entry = $"/pages/{ledger.Pages[0]}/transcribe";
        string action = $"/pages/{ledger.Pages[0]}/flag";

        var refused = await client.SubmitFormAsync(entry, action, new Dictionary<string, string> { ["reason"] = "other", ["note"] = " " });
        Assert.Equal("open", await ScalarAsync<string>("select state from pages where id = @id", new { id = ledger.Pages[0] }));
        Assert.Equal(entry, refused.Headers.Location?.OriginalString);

        var flagged = await client.SubmitFormAsync(entry, action, new Dictionary<string, string> { ["reason"] = "damaged", ["note"] = "Torn <b>corner</b>" });

        Assert.Equal(HttpStatusCode.Redirect, flagged.StatusCode);
        Assert.Equal("flagged", await ScalarAsync<string>("select state from pages where id = @id", new { id = ledger.Pages[0] }));
        Assert.Equal("damaged|Torn <b>corner</b>", await ScalarAsync<string>("select reason || '|' || note from page_flags where page_id = @id", new { id = ledger.Pages[0] }));
        // The next page is handed out straight away, and the flagged one is not.
        Assert.Equal($"/pages/{ledger.Pages[1]}/transcribe", flagged.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Skip_HandsOutTheNextPage_AndNeverThisOneAgain()
    {
        var ledger = await app.CreateLedgerProjectAsync(pages: 2);
        var client = await app.VolunteerClientAsync();
        await client.OpenEntryAsync(ledger.Pages[0]);

        var skipped = await client.SubmitFormAsync($"/pages/{ledger.Pages[0]}/transcribe", $"/pages/{ledger.Pages[0]}/skip", new Dictionary<string, string>());
        var closed = await client.GetPageAsync($"/pages/{ledger.Pages[0]}/transcribe");

        Assert.Equal($"/pages/{ledger.Pages[1]}/transcribe", skipped.Headers.Location?.OriginalString);
        Assert.Contains("not available to you", closed.Body!.TextContent);
    }

    [Fact]
    public async Task Start_LeasesTheNextPage_OrSaysThereIsNothingLeft()
    {
        var ledger = await app.CreateLedgerProjectAsync(pages: 1, needed: 1);
        var first = await app.VolunteerClientAsync();
        var second = await app.VolunteerClientAsync();
        await first.TakeTokenAsync();
        await second.TakeTokenAsync();

        var given = await first.PostAsync($"/projects/{ledger.Slug}/start", new FormUrlEncodedContent([]));
        var none = await second.PostAsync($"/projects/{ledger.Slug}/start", new FormUrlEncodedContent([]));

        Assert.Equal($"/pages/{ledger.Pages[0]}/transcribe", given.Headers.Location?.OriginalString);
        Assert.Equal($"/projects/{ledger.Slug}", none.Headers.Location?.OriginalString);
    }
}
