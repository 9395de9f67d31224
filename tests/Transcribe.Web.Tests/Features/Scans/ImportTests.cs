using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Dapper;
using Npgsql;
using Transcribe.Web.Features.Scans;
using Transcribe.Web.Infrastructure.Identity;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Web.Tests.Features.Scans;

public sealed class ImportTests(AppFactory app) : IClassFixture<AppFactory>
{
    Task<string> ProjectAsync() => app.CreateProjectAsync();

    Task<HttpClient> CuratorAsync() => app.CuratorClientAsync();

    static Task<HttpResponseMessage> UploadAsync(HttpClient client, string slug, string title, params string[] paths) =>
        client.UploadAsync(slug, title, asScript: true, paths);

    async Task<long> CountAsync(string sql, object? args = null)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        return await connection.ExecuteScalarAsync<long>(sql, args);
    }

    async Task<string[]> PageImagesAsync(int documentId)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        return (await connection.QueryAsync<string>("select image_id from pages where document_id = @documentId order by sequence", new { documentId })).ToArray();
    }

    static async Task<int> DocumentIdAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("documentId").GetInt32();
    }

    [Fact]
    public async Task Upload_SeveralImages_MakesOneLedgerWithPagesInNaturalOrder_AndTilesThem()
    {
        string slug = await ProjectAsync();
        var client = await CuratorAsync();
        string folder = TestImages.Folder();
        string p10 = await TestImages.MakeAsync(folder, "page10.jpg");
        string p2 = await TestImages.MakeAsync(folder, "page2.png");
        string p1 = await TestImages.MakeAsync(folder, "page1.tif");

        int documentId = await DocumentIdAsync(await UploadAsync(client, slug, "Register 1", p10, p2, p1));

        var images = await PageImagesAsync(documentId);
        Assert.Equal(3, images.Length);
        Assert.Equal(Sha256(p1), images[0]);
        Assert.Equal(Sha256(p2), images[1]);
        Assert.Equal(Sha256(p10), images[2]);
        Assert.True(File.Exists(Path.Combine(app.StorageFolder, "originals", images[1][..2], images[1] + ".png")));
        await app.WaitForTilesAsync(documentId);
        Assert.Equal(3, await CountAsync("select count(*) from pages where document_id = @documentId and state = 'open'", new { documentId }));
    }

    [Fact]
    public async Task Upload_AZip_ImportsItsImagesAndSkipsMacFolders()
    {
        string slug = await ProjectAsync();
        var client = await CuratorAsync();
        string folder = TestImages.Folder();
        string zip = Path.Combine(folder, "scans.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(await TestImages.MakeAsync(folder, "b2.jpg"), "ledger/b2.jpg");
            archive.CreateEntryFromFile(await TestImages.MakeAsync(folder, "b11.jpg"), "ledger/b11.jpg");
            archive.CreateEntry("__MACOSX/ledger/._b2.jpg");
        }

        int documentId = await DocumentIdAsync(await UploadAsync(client, slug, "Zipped", zip));

        Assert.Equal([Sha256(Path.Combine(folder, "b2.jpg")), Sha256(Path.Combine(folder, "b11.jpg"))], await PageImagesAsync(documentId));
    }

    [Fact]
    public async Task ImportingTheSameScanTwice_StoresItOnce()
    {
        string slug = await ProjectAsync();
        var client = await CuratorAsync();
        string image = await TestImages.MakeAsync(TestImages.Folder(), "same.jpg");

        int first = await DocumentIdAsync(await UploadAsync(client, slug, "First", image));
        int second = await DocumentIdAsync(await UploadAsync(client, slug, "Second", image));

        Assert.NotEqual(first, second);
        Assert.Equal(1, await CountAsync("select count(*) from images where id = @id", new { id = Sha256(image) }));
        Assert.Equal(2, await CountAsync("select count(*) from pages where image_id = @id", new { id = Sha256(image) }));
        Assert.Single(Directory.GetFiles(Path.Combine(app.StorageFolder, "originals"), Sha256(image) + "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task ImportFolder_TakesImagesInNaturalOrder_AndListsOtherFilesAsSkipped()
    {
        string slug = await ProjectAsync();
        string folder = TestImages.Folder();
        await TestImages.MakeAsync(folder, "scan_10.jpg");
        await TestImages.MakeAsync(folder, "scan_9.jpg");
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.txt"), "box 4");
        _ = app.Server;

        int exit = await Verbs.ImportFolderAsync(app.Services, slug, folder, "Folder ledger", "PAL 7");

        Assert.Equal(0, exit);
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        var document = await connection.QuerySingleAsync<(int Id, string CallNumber)>(
            "select d.id, d.call_number from documents d join projects p on p.id = d.project_id where p.slug = @slug", new { slug });
        Assert.Equal("PAL 7", document.CallNumber);
        Assert.Equal([Sha256(Path.Combine(folder, "scan_9.jpg")), Sha256(Path.Combine(folder, "scan_10.jpg"))], await PageImagesAsync(document.Id));
        Assert.Equal((IEnumerable<string>)["notes.txt"], ImportSources.FromFolder(folder).Skipped);
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "notes.jpg", "not a JPEG, PNG or TIFF" },
        { "cut.jpg", "incomplete" },
        { "empty.png", "empty" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Upload_WithABadFile_SaysWhichAndWhy_AndStoresNothing(string name, string message)
    {
        string slug = await ProjectAsync();
        var client = await CuratorAsync();
        string folder = TestImages.Folder();
        string good = await TestImages.MakeAsync(folder, "good.jpg");
        string bad = Path.Combine(folder, name);
        switch (name)
        {
            case "notes.jpg": await File.WriteAllTextAsync(bad, "<html><script>alert(1)</script></html>"); break;
            case "cut.jpg":
                byte[] whole = await File.ReadAllBytesAsync(await TestImages.MakeAsync(folder, "whole.jpg"));
                await File.WriteAllBytesAsync(bad, whole[..(whole.Length / 2)]);
                break;
            default: await File.WriteAllBytesAsync(bad, []); break;
        }
        long documentsBefore = await CountAsync("select count(*) from documents");

        var response = await UploadAsync(client, slug, "Broken", good, bad);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        string detail = await response.Content.ReadAsStringAsync();
        Assert.Contains(name, detail);
        Assert.Contains(message, detail);
        Assert.Equal(documentsBefore, await CountAsync("select count(*) from documents"));
        Assert.Equal(0, await CountAsync("select count(*) from images where id = @id", new { id = Sha256(good) }));
        Assert.Empty(Directory.GetFiles(Path.Combine(app.StorageFolder, "incoming")));
    }

    [Fact]
    public async Task Upload_AZipWithAnEntryLeavingItsFolder_IsRefusedWhole()
    {
        string slug = await ProjectAsync();
        var client = await CuratorAsync();
        string folder = TestImages.Folder();
        string zip = Path.Combine(folder, "evil.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(await TestImages.MakeAsync(folder, "ok.jpg"), "ok.jpg");
            archive.CreateEntryFromFile(await TestImages.MakeAsync(folder, "x.jpg"), "../../etc/x.jpg");
        }

        var response = await UploadAsync(client, slug, "Evil", zip);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("outside", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await CountAsync("select count(*) from images where id = @id", new { id = Sha256(Path.Combine(folder, "ok.jpg")) }));
    }

    [Fact]
    public async Task Upload_WithoutATitle_IsRefusedWithAMessage()
    {
        string slug = await ProjectAsync();
        var client = await CuratorAsync();
        string image = await TestImages.MakeAsync(TestImages.Folder(), "a.jpg");

        var response = await UploadAsync(client, slug, "  ", image);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("title", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ImportPage_ForAVolunteer_Returns403()
    {
        string slug = await ProjectAsync();
        var client = app.CreateBrowserLikeClient();
        await client.LoginAsync(await app.CreateUserAsync());

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/projects/{slug}/import")).StatusCode);
    }

    [Fact]
    public async Task Tiles_AreServedAsIiifLevel0_WithLongCachingEtagsAndCors()
    {
        string slug = await ProjectAsync();
        var client = await CuratorAsync();
        string image = await TestImages.MakeAsync(TestImages.Folder(), "tiled.jpg", 1500, 1100);
        int documentId = await DocumentIdAsync(await UploadAsync(client, slug, "Tiled", image));
        await app.WaitForTilesAsync(documentId);
        string id = Sha256(image);

        var info = await client.GetAsync($"/iiif/{id}/info.json");
        var json = System.Text.Json.JsonDocument.Parse(await info.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, info.StatusCode);
        Assert.Equal($"http://localhost/iiif/{id}", json.GetProperty("id").GetString());
        Assert.Equal("level0", json.GetProperty("profile").GetString());
        Assert.Equal(1500, json.GetProperty("width").GetInt32());
        Assert.Equal("*", info.Headers.GetValues("Access-Control-Allow-Origin").Single());

        var tile = await client.GetAsync($"/iiif/{id}/0,0,512,512/512,512/0/default.jpg");
        Assert.Equal(HttpStatusCode.OK, tile.StatusCode);
        Assert.Equal("image/jpeg", tile.Content.Headers.ContentType!.MediaType);
        Assert.Contains("max-age=31536000", tile.Headers.CacheControl!.ToString());
        Assert.Equal("*", tile.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var again = new HttpRequestMessage(HttpMethod.Get, $"/iiif/{id}/0,0,512,512/512,512/0/default.jpg");
        again.Headers.IfNoneMatch.Add(tile.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/iiif/{id}/9999,0,512,512/512,512/0/default.jpg")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/iiif/not-an-image/info.json")).StatusCode);
    }

    [Fact]
    public async Task DocumentAndPagePages_ShowTheLedgerToAnyone()
    {
        string slug = await ProjectAsync();
        var curator = await CuratorAsync();
        string folder = TestImages.Folder();
        int documentId = await DocumentIdAsync(await UploadAsync(curator, slug, "Register <b>2</b>",
            await TestImages.MakeAsync(folder, "a1.jpg"), await TestImages.MakeAsync(folder, "a2.jpg")));
        await app.WaitForTilesAsync(documentId);
        var anonymous = app.CreateClient();

        var document = await anonymous.GetPageAsync($"/projects/{slug}/documents/{documentId}");
        Assert.Equal("Register <b>2</b>", document.QuerySelector("h1")!.TextContent);
        var links = document.QuerySelectorAll(".page-thumb a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(2, links.Count);
        string thumbnail = document.QuerySelector(".page-thumb img")!.GetAttribute("src")!;
        var made = await anonymous.GetAsync(thumbnail); // made on this first request
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        Assert.Equal("image/jpeg", made.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(thumbnail)).StatusCode);

        var page = await anonymous.GetPageAsync(links[0]);
        Assert.NotNull(page.QuerySelector("[data-viewer][data-info-url]"));
        Assert.Equal(links[1], page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/projects/other/documents/{documentId}")).StatusCode);
    }

    static string Sha256(string path) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))).ToLowerInvariant();
}
