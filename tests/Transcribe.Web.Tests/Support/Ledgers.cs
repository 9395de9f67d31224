using System.Net.Http.Json;
using System.Text;
using AngleSharp.Html.Dom;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Transcribe.Web.Features.Templates;
using Transcribe.Web.Infrastructure.Demo;

namespace Transcribe.Web.Tests.Support;

/// <summary>A project with the demo locality-ledger form and open pages, and the entry screen's API as a volunteer's browser calls it.</summary>
public static class Ledgers
{
    /// <summary>A ledger of open pages (see <see cref="PageFixtures.CreateLedgerAsync"/>) with the demo form and these settings.</summary>
    public static async Task<TestLedger> CreateLedgerProjectAsync(this AppFactory app, int pages = 2, int needed = 2, int allowed = 4,
        int maxRows = 200, int maxFieldLength = 2000)
    {
        var ledger = await app.CreateLedgerAsync(Enumerable.Repeat("open", pages).ToArray());
        await app.ExecuteAsync("""
            update projects set instructions = 'Type each row as written.', transcriptions_required = @needed, transcriptions_allowed = @allowed,
                                max_rows = @maxRows, max_field_length = @maxFieldLength
             where id = @ProjectId;
            update pages set transcriptions_needed = @needed where document_id = @DocumentId;
            """, new { ledger.ProjectId, ledger.DocumentId, needed, allowed, maxRows, maxFieldLength });
        await app.Services.GetRequiredService<TemplateStore>().SaveAsync(ledger.ProjectId, DemoSeed.LocalityTemplate);
        return ledger;
    }

    public static async Task<HttpClient> VolunteerClientAsync(this AppFactory app)
    {
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync(await app.CreateUserAsync());
        return client;
    }

    /// <summary>Opens the entry screen (which leases the page) and keeps its antiforgery token for the API calls.</summary>
    public static async Task<IHtmlDocument> OpenEntryAsync(this HttpClient client, int pageId)
    {
        var page = await client.GetPageAsync($"/pages/{pageId}/transcribe");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        if (token is not null)
        {
            client.DefaultRequestHeaders.Remove("RequestVerificationToken");
            client.DefaultRequestHeaders.Add("RequestVerificationToken", token);
        }
        return page;
    }

    /// <summary>A token from any page with a form, for calls to pages the volunteer never opened.</summary>
    public static async Task TakeTokenAsync(this HttpClient client)
    {
        var page = await client.GetPageAsync("/account");
        client.DefaultRequestHeaders.Remove("RequestVerificationToken");
        client.DefaultRequestHeaders.Add("RequestVerificationToken", page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value"));
    }

    public static Task<HttpResponseMessage> PutDraftAsync(this HttpClient client, int pageId, object body) =>
        client.PutAsJsonAsync($"/api/pages/{pageId}/draft", body);

    public static Task<HttpResponseMessage> SubmitEntryAsync(this HttpClient client, int pageId, Guid key, params object[] rows) =>
        client.PostAsJsonAsync($"/api/pages/{pageId}/transcriptions", new { submissionKey = key, rows, pageFields = new { } });

    public static Task<HttpResponseMessage> SendRawAsync(this HttpClient client, HttpMethod method, string url, byte[] body) =>
        client.SendAsync(new HttpRequestMessage(method, url) { Content = new ByteArrayContent(body) { Headers = { { "Content-Type", "application/json" } } } });

    public static object Row(string number, string locality, string collector = "C. W. Gilmore") =>
        new Dictionary<string, string> { ["locality_number"] = number, ["locality"] = locality, ["collector"] = collector };

    public static readonly Encoding Utf8 = new UTF8Encoding(false);
}
