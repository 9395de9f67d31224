using System.Net;
using System.Text.Json;
using Dapper;
using Npgsql;
using Transcribe.Core.Iiif;
using Transcribe.Web.Infrastructure.Identity;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Web.Tests.Features.Scans;

public sealed class ManifestTests(AppFactory app) : IClassFixture<AppFactory>, IAsyncLifetime
{
    StaticServer remote = null!;

    public async Task InitializeAsync()
    {
        remote = await StaticServer.StartAsync();
        // The images the fixture manifests point at, where a IIIF image server would serve them.
        foreach (string path in new[] { "iiif3/one/full/max/0/default.jpg", "images/two.jpg", "iiif2/first/full/full/0/default.jpg" })
        {
            string made = await TestImages.MakeAsync(TestImages.Folder(), "x.jpg", 900, 1200);
            File.Copy(made, remote.PathOf(path));
        }
        foreach (string name in new[] { "ledger-v3.json", "ledger-v21.json" })
        {
            string text = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Features", "Scans", "Manifests", name));
            await File.WriteAllTextAsync(remote.PathOf(name), text.Replace("{{base}}", remote.BaseUrl));
        }
    }

    public async Task DisposeAsync() => await remote.DisposeAsync();

    Task<(HttpClient Client, string Slug)> CuratorWithProjectAsync() => app.CuratorWithProjectAsync(institution: "NMNH");

    static async Task<HttpResponseMessage> PostManifestAsync(HttpClient client, string slug, string? url = null, string? file = null)
    {
        var page = await client.GetPageAsync($"/projects/{slug}/import");
        string token = page.QuerySelector($"form[action='/projects/{slug}/import/manifest'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        if (url is not null) content.Add(new StringContent(url), "url");
        if (file is not null) content.Add(new ByteArrayContent(await File.ReadAllBytesAsync(file)), "manifest", Path.GetFileName(file));
        return await client.PostAsync($"/projects/{slug}/import/manifest", content);
    }

    async Task<(int Id, string Title, string Metadata, string[] Labels)> LastDocumentAsync(string slug)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        var document = await connection.QuerySingleAsync<(int Id, string Title, string Metadata)>("""
            select d.id, d.title, d.metadata::text from documents d join projects p on p.id = d.project_id
             where p.slug = @slug order by d.id desc limit 1
            """, new { slug });
        var labels = (await connection.QueryAsync<string>("select label from pages where document_id = @Id order by sequence", new { document.Id })).ToArray();
        return (document.Id, document.Title, document.Metadata, labels);
    }

    [Fact]
    public async Task ImportManifest_V3File_MakesAPagePerCanvasWithLabelsAndMetadata()
    {
        var (client, slug) = await CuratorWithProjectAsync();

        var response = await PostManifestAsync(client, slug, file: Path.Combine(remote.Folder, "ledger-v3.json"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var document = await LastDocumentAsync(slug);
        Assert.Equal("Locality Register, vol. 2", document.Title);
        Assert.Equal(["f. 1r", "f. 1v"], document.Labels);
        Assert.Contains("USNM PAL Ledger 2", document.Metadata);
        Assert.Contains("Smithsonian Institution Archives", document.Metadata);
    }

    [Fact]
    public async Task ImportManifest_V21Url_FetchesTheManifestAndItsImageService()
    {
        var (client, slug) = await CuratorWithProjectAsync();

        var response = await PostManifestAsync(client, slug, url: remote.BaseUrl + "/ledger-v21.json");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var document = await LastDocumentAsync(slug);
        Assert.Equal("Locality Register, vol. 1", document.Title);
        Assert.Equal(["p. 1"], document.Labels);
        Assert.Contains("USNM PAL Ledger 1", document.Metadata);
    }

    [Theory]
    [InlineData("not json at all", "JSON")]
    [InlineData("{\"@context\": \"http://iiif.io/api/presentation/3/context.json\", \"type\": \"Collection\", \"id\": \"https://x.org/c\", \"items\": []}", "Collection")]
    public async Task ImportManifest_Malformed_SaysWhatIsWrongAndStoresNothing(string text, string message)
    {
        var (client, slug) = await CuratorWithProjectAsync();
        string file = Path.Combine(TestImages.Folder(), "bad.json");
        await File.WriteAllTextAsync(file, text);

        var response = await PostManifestAsync(client, slug, file: file);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.ParseAsync()).QuerySelector(".error-summary")!.TextContent);
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "select count(*) from documents d join projects p on p.id = d.project_id where p.slug = @slug", new { slug }));
    }

    [Theory]
    [InlineData("http://127.0.0.1:1/manifest.json", "could not be fetched")]
    [InlineData("{base}/missing.json", "404")]
    [InlineData("file:///etc/passwd", "http://")]
    public async Task ImportManifest_UnreachableOrRefusedUrl_SaysWhy(string url, string message)
    {
        var (client, slug) = await CuratorWithProjectAsync();

        var response = await PostManifestAsync(client, slug, url: url.Replace("{base}", remote.BaseUrl));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.ParseAsync()).QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task ImportManifest_WhoseImageIsMissing_NamesTheCanvasAndStoresNothing()
    {
        var (client, slug) = await CuratorWithProjectAsync();
        File.Delete(Path.Combine(remote.Folder, "images", "two.jpg"));

        var response = await PostManifestAsync(client, slug, url: remote.BaseUrl + "/ledger-v3.json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("f. 1v", (await response.ParseAsync()).QuerySelector(".error-summary")!.TextContent);
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "select count(*) from documents d join projects p on p.id = d.project_id where p.slug = @slug", new { slug }));
    }

    [Fact]
    public async Task ServedManifest_IsValidPresentation3_AndPointsAtWorkingImages()
    {
        var (client, slug) = await CuratorWithProjectAsync();
        await PostManifestAsync(client, slug, file: Path.Combine(remote.Folder, "ledger-v3.json"));
        var document = await LastDocumentAsync(slug);
        await app.WaitForTilesAsync(document.Id);
        var anonymous = app.CreateClient();

        var response = await anonymous.GetAsync($"/iiif/documents/{document.Id}/manifest");
        string json = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.DoesNotContain(ManifestValidator.Validate(json), p => p.Level == ProblemLevel.Must);
        var manifest = ManifestReader.Read(json);
        Assert.Equal("Locality Register, vol. 2", manifest.Label);
        Assert.Equal(["f. 1r", "f. 1v"], manifest.Canvases.Select(c => c.Label));
        foreach (var canvas in manifest.Canvases)
        {
            var service = await anonymous.GetAsync(new Uri(canvas.ImageServiceId + "/info.json").PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, service.StatusCode);
            var image = await anonymous.GetAsync(new Uri(canvas.FullImageUrl!).PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, image.StatusCode);
            Assert.Equal("image/jpeg", image.Content.Headers.ContentType!.MediaType);
        }
        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal($"http://localhost/iiif/documents/{document.Id}/manifest", root.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Manifest_OfAnUnknownDocument_Is404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/iiif/documents/999999/manifest")).StatusCode);
    }
}
