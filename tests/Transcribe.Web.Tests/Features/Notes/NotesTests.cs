using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Web.Tests.Features.Notes;

public sealed class NotesTests(AppFactory app) : IClassFixture<AppFactory>
{
    async Task<(HttpClient Client, TestUser User, int PageId)> VolunteerOnAPageAsync()
    {
        var ledger = await app.CreateLedgerAsync();
        var user = await app.CreateUserAsync();
        return (await app.SignedInClientAsync(user), user, ledger.Pages[0]);
    }

    Task<long> StoredNotesAsync(int pageId) => app.ScalarAsync<long>("select count(*) from page_notes where page_id = @pageId", new { pageId });

    static Task<HttpResponseMessage> PostNoteAsync(HttpClient client, int pageId, string body, string? returnUrl = null) =>
        client.SubmitFormAsync($"/pages/{pageId}/notes", $"/pages/{pageId}/notes",
            new Dictionary<string, string> { ["body"] = body, ["returnUrl"] = returnUrl ?? $"/pages/{pageId}/notes" });

    /// <summary>What notes.js sends: the form's fields, asking for JSON.</summary>
    static async Task<HttpResponseMessage> PostNoteAsScriptAsync(HttpClient client, int pageId, string body, int? toPageId = null)
    {
        var page = await client.GetPageAsync($"/pages/{pageId}/notes");
        string token = page.QuerySelector("[data-notes-form] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var request = new HttpRequestMessage(HttpMethod.Post, $"/pages/{toPageId ?? pageId}/notes")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["body"] = body }),
        };
        request.Headers.Accept.ParseAdd("application/json");
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Add_StoresTheNote_RedirectsToTheLocalReturnUrl_AndTheThreadShowsItWithItsAuthor()
    {
        var (client, user, pageId) = await VolunteerOnAPageAsync();

        var response = await PostNoteAsync(client, pageId, "  Row 3 is smudged.\r\nCompare #4187.  ", returnUrl: $"/pages/{pageId}/transcribe");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/pages/{pageId}/transcribe", response.Headers.Location!.OriginalString);
        Assert.Equal("Row 3 is smudged.\nCompare #4187.",
            await app.ScalarAsync<string>("select body from page_notes where page_id = @pageId", new { pageId }));
        var thread = await client.GetPageAsync($"/pages/{pageId}/notes");
        var note = Assert.Single(thread.QuerySelectorAll(".note-list .note"));
        Assert.Equal(user.DisplayName, note.QuerySelector(".note-author")!.TextContent);
        Assert.Equal("Row 3 is smudged.\nCompare #4187.", note.QuerySelector(".note-body")!.TextContent);
        Assert.NotNull(note.QuerySelector("time[datetime]"));
        var mention = note.QuerySelector("mark.mention")!;
        Assert.Equal(("4187", "#4187"), (mention.GetAttribute("data-locality"), mention.TextContent));
        Assert.Equal($"/pages/{pageId}", thread.QuerySelector("header a.button")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Add_WithAForeignReturnUrl_ComesBackToTheNotesInstead()
    {
        var (client, _, pageId) = await VolunteerOnAPageAsync();

        var response = await PostNoteAsync(client, pageId, "Fine.", returnUrl: "https://evil.example/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"/pages/{pageId}/notes#note-", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Add_WithMarkup_StoresItAsText_AndShowsItEscaped()
    {
        var (client, _, pageId) = await VolunteerOnAPageAsync();
        const string Body = "<script>alert('x')</script> <b>bold</b> loc. 12 & \"quotes\"";

        await PostNoteAsync(client, pageId, Body);

        Assert.Equal(Body, await app.ScalarAsync<string>("select body from page_notes where page_id = @pageId", new { pageId }));
        string html = await (await client.GetAsync($"/pages/{pageId}/notes")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<b>bold", html);
        var page = await client.GetPageAsync($"/pages/{pageId}/notes");
        var body = page.QuerySelector(".note-body")!;
        Assert.Equal(Body, body.TextContent);
        Assert.Empty(body.QuerySelectorAll("script, b"));
        Assert.Equal("12", body.QuerySelector("mark.mention")!.GetAttribute("data-locality"));
    }

    public static TheoryData<string, string> BadNotes => new()
    {
        { "   ", "empty" },
        { new string('x', 2001), "at most 2,000 characters" },
        { "a bell \u0007 in the text", "control characters" },
    };

    [Theory]
    [MemberData(nameof(BadNotes))]
    public async Task Add_WithBadText_Returns400WithTheMessage_KeepsTheTypedText_AndStoresNothing(string body, string message)
    {
        var (client, _, pageId) = await VolunteerOnAPageAsync();

        var response = await PostNoteAsync(client, pageId, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains(message, page.QuerySelector("[data-notes-error]")!.TextContent);
        // (Model binding reads a blank value as none, so only blank text is not given back as it was.)
        Assert.Equal(body.Trim(), ((IHtmlTextAreaElement)page.QuerySelector("textarea[name=body]")!).Value);
        Assert.Equal("true", page.QuerySelector("textarea[name=body]")!.GetAttribute("aria-invalid"));
        Assert.Equal(0, await StoredNotesAsync(pageId));
    }

    [Fact]
    public async Task Add_WithAPastePastTheFormLimits_Returns400_NotA500()
    {
        var (client, _, pageId) = await VolunteerOnAPageAsync();

        var response = await PostNoteAsScriptAsync(client, pageId, new string('x', 5 << 20));

        // The form cannot even be read, so the generic "could not be used" page answers, with the right status.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("could not be used", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await StoredNotesAsync(pageId));
    }

    [Fact]
    public async Task Add_FromTheScript_Returns201WithTheNoteAndTheMarkupTheThreadUses()
    {
        var (client, user, pageId) = await VolunteerOnAPageAsync();

        var response = await PostNoteAsScriptAsync(client, pageId, "See <loc. 7>");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(user.DisplayName, json.GetProperty("author").GetString());
        Assert.Equal("See <loc. 7>", json.GetProperty("body").GetString());
        Assert.True(json.GetProperty("createdAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
        long id = json.GetProperty("id").GetInt64();
        string html = json.GetProperty("html").GetString()!;
        Assert.StartsWith($"<li class=\"note\" id=\"note-{id}\">", html);
        Assert.Contains("See &lt;<mark class=\"mention\" data-locality=\"7\">loc. 7</mark>&gt;", html);
        Assert.Equal(1, await StoredNotesAsync(pageId));
    }

    [Fact]
    public async Task Add_FromTheScript_WithBadText_Returns400ProblemDetails()
    {
        var (client, _, pageId) = await VolunteerOnAPageAsync();

        var response = await PostNoteAsScriptAsync(client, pageId, "");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("empty", json.GetProperty("detail").GetString());
        Assert.Equal(0, await StoredNotesAsync(pageId));
    }

    [Fact]
    public async Task Notes_OfAnUnknownPage_Are404_ToReadAndToPost()
    {
        var (client, _, pageId) = await VolunteerOnAPageAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/pages/987654321/notes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostNoteAsScriptAsync(client, pageId, "Hello", toPageId: 987654321)).StatusCode);
    }

    [Fact]
    public async Task Notes_WhenAnonymous_RedirectToLogin()
    {
        var ledger = await app.CreateLedgerAsync();

        var response = await app.CreateBrowserLikeClient().GetAsync($"/pages/{ledger.Pages[0]}/notes");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Notes_AsAPartial_AreJustTheThreadAndForm_PostingBackToTheGivenScreen()
    {
        var (client, _, pageId) = await VolunteerOnAPageAsync();
        await PostNoteAsync(client, pageId, "First!");

        var response = await client.GetAsync($"/pages/{pageId}/notes?partial=1&returnUrl=/pages/{pageId}/transcribe");

        string html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<html", html);
        Assert.StartsWith("<section class=\"page-notes\"", html.Trim());
        var fragment = await response.ParseAsync();
        Assert.Single(fragment.QuerySelectorAll(".note"));
        Assert.Equal($"/pages/{pageId}/transcribe", fragment.QuerySelector("input[name=returnUrl]")!.GetAttribute("value"));
        Assert.NotNull(fragment.QuerySelector("[data-notes-form] input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task Notes_AreSharedByEveryoneSignedIn()
    {
        var (client, author, pageId) = await VolunteerOnAPageAsync();
        await PostNoteAsync(client, pageId, "Is this a 7 or a 1?");
        var other = await app.SignedInClientAsync(await app.CreateUserAsync());

        var thread = await other.GetPageAsync($"/pages/{pageId}/notes");

        Assert.Equal(author.DisplayName, thread.QuerySelector(".note-author")!.TextContent);
        Assert.Null(thread.QuerySelector("[data-notes-empty]:not([hidden])"));
    }
}
