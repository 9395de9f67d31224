using System.Net.Http.Json;
using System.Text;
using AngleSharp.Html.Dom;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Transcribe.Web.Features.Templates;
using Transcribe.Web.Infrastructure.Demo;

namespace Transcribe.Web.Tests.Support;

public sealed record LedgerProject(int Id, string Slug, int DocumentId, int[] Pages);

/// <summary>A project with the demo locality-ledger form and open pages, and the entry screen's API as a volunteer's browser calls it.</summary>
public static class Ledgers
{
    public static async Task<LedgerProject> CreateLedgerProjectAsync(this AppFactory app, int pages = 2, int needed = 2, int allowed = 4,
        int maxRows = 200, int maxFieldLength = 2000)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        string image = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Guid.NewGuid().ToByteArray())).ToLowerInvariant();
        await connection.ExecuteAsync("insert into images (id, format, width, height, byte_size, tile_state) values (@image, 'jpeg', 3200, 4300, 1, 'ready')", new { image });
        string slug = $"ledger-{Guid.NewGuid():N}"[..20];
        int projectId = await connection.ExecuteScalarAsync<int>("""
            insert into projects (slug, title, instructions, transcriptions_required, transcriptions_allowed, max_rows, max_field_length)
            values (@slug, 'Locality ledgers', 'Type each row as written.', @needed, @allowed, @maxRows, @maxFieldLength) returning id
            """, new { slug, needed, allowed, maxRows, maxFieldLength });
        int documentId = await connection.ExecuteScalarAsync<int>("insert into documents (project_id, title) values (@projectId, 'Register') returning id", new { projectId });
        var ids = (await connection.QueryAsync<int>("""
            insert into pages (document_id, sequence, label, image_id, state, transcriptions_needed)
            select @documentId, n, 'p. ' || n, @image, 'open', @needed from generate_series(1, @pages) n returning id
            """, new { documentId, image, pages, needed })).Order().ToArray();
        await app.Services.GetRequiredService<TemplateStore>().SaveAsync(projectId, DemoSeed.LocalityTemplate);
        return new LedgerProject(projectId, slug, documentId, ids);
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
