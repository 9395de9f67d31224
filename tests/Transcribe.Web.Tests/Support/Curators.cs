using System.Net.Http.Headers;
using Dapper;
using Npgsql;
using Transcribe.Web.Infrastructure.Identity;

namespace Transcribe.Web.Tests.Support;

/// <summary>What scan and template tests start from: a project, a signed-in curator, and the import form.</summary>
public static class Curators
{
    public static async Task<string> CreateProjectAsync(this AppFactory app, string institution = "")
    {
        string slug = $"p-{Guid.NewGuid():N}"[..20];
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.ExecuteAsync("insert into projects (slug, title, institution) values (@slug, 'Ledgers', @institution)", new { slug, institution });
        return slug;
    }

    public static async Task<HttpClient> CuratorClientAsync(this AppFactory app)
    {
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync(await app.CreateUserAsync(Roles.Curator));
        return client;
    }

    public static async Task<(HttpClient Client, string Slug)> CuratorWithProjectAsync(this AppFactory app, string institution = "") =>
        (await app.CuratorClientAsync(), await app.CreateProjectAsync(institution));

    /// <summary>
    /// Posts files to the import form. With <paramref name="asScript"/> it asks for JSON, as the page's
    /// script does; without, it is the plain form post a browser without scripts makes (HTML answer).
    /// </summary>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string slug, string title, bool asScript, params string[] paths)
    {
        var page = await client.GetPageAsync($"/projects/{slug}/import");
        string token = page.QuerySelector("[data-upload-form] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(title), "title" },
        };
        foreach (string path in paths)
        {
            var file = new ByteArrayContent(await File.ReadAllBytesAsync(path));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, "files", Path.GetFileName(path));
        }
        var request = new HttpRequestMessage(HttpMethod.Post, $"/projects/{slug}/import/upload") { Content = content };
        if (asScript) request.Headers.Accept.ParseAdd("application/json");
        return await client.SendAsync(request);
    }
}
