using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Npgsql;
using Transcribe.Web.Infrastructure.Identity;
using Transcribe.Web.Tests.Support;

namespace Transcribe.Web.Tests.Features.Scans;

/// <summary>The app with a 2-megapixel limit, so a decompression-bomb-sized scan can be tried cheaply.</summary>
public sealed class SmallLimitAppFactory : AppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Transcribe:MaxImagePixels", "2000000");
    }
}

public sealed class ImportLimitsTests(SmallLimitAppFactory app) : IClassFixture<SmallLimitAppFactory>
{
    Task<(HttpClient Client, string Slug)> CuratorWithProjectAsync() => app.CuratorWithProjectAsync();

    static Task<HttpResponseMessage> UploadAsync(HttpClient client, string slug, string path) =>
        client.UploadAsync(slug, "Limits", asScript: false, path);

    [Fact]
    public async Task Upload_AboveThePixelLimit_IsRefusedFromItsHeaderAlone()
    {
        var (client, slug) = await CuratorWithProjectAsync();
        string big = await TestImages.MakeAsync(TestImages.Folder(), "huge.jpg", 2000, 1500); // 3 MP > 2 MP

        var response = await UploadAsync(client, slug, big);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains("above this site's limit of 2 megapixels", page.QuerySelector(".error-summary")!.TextContent);
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) from images"));
    }

    [Fact]
    public async Task ATruncatedTiff_IsRefusedAtImport()
    {
        var (client, slug) = await CuratorWithProjectAsync();
        string tiff = Path.Combine(TestImages.Folder(), "cut.tif");
        await RunAsync("vips", "gaussnoise", tiff, "800", "900");
        byte[] bytes = await File.ReadAllBytesAsync(tiff);
        await File.WriteAllBytesAsync(tiff, bytes[..(bytes.Length / 3)]);

        var response = await UploadAsync(client, slug, tiff);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("cut.tif", (await response.ParseAsync()).QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task ADamagedTiff_IsImportedButItsTilingFailureIsShownToCurators()
    {
        var (client, slug) = await CuratorWithProjectAsync();
        string folder = TestImages.Folder();
        string tiff = Path.Combine(folder, "damaged.tif");
        await RunAsync("vips", "gaussnoise", tiff + "[compression=deflate]", "800", "900");
        byte[] bytes = await File.ReadAllBytesAsync(tiff);
        // Header and directory intact, compressed strips scrambled: only decoding finds out.
        for (int i = bytes.Length / 3; i < 2 * bytes.Length / 3; i++) bytes[i] = 0xA5;
        await File.WriteAllBytesAsync(tiff, bytes);

        var response = await UploadAsync(client, slug, tiff);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await using var connection = new NpgsqlConnection(app.ConnectionString);
        string? state = null;
        for (int i = 0; i < 300 && state != "failed"; i++)
        {
            await Task.Delay(100);
            state = await connection.ExecuteScalarAsync<string>("select tile_state from images");
        }
        Assert.Equal("failed", state);
        var import = await client.GetPageAsync($"/projects/{slug}/import");
        Assert.Contains("1 could not be prepared", import.QuerySelector("table")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode); // the app keeps serving
    }

    static async Task RunAsync(string program, params string[] args)
    {
        using var process = Process.Start(program, args);
        await process.WaitForExitAsync();
    }
}

/// <summary>The app with a libvips time limit far too short for any real tiling.</summary>
public sealed class SlowVipsAppFactory : AppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Transcribe:VipsTimeoutSeconds", "0.02");
    }
}

public sealed class VipsTimeLimitTests(SlowVipsAppFactory app) : IClassFixture<SlowVipsAppFactory>
{
    [Fact]
    public async Task Tiling_ThatRunsPastTheTimeLimit_IsStoppedAndRecordedForARetry()
    {
        var (client, slug) = await app.CuratorWithProjectAsync();
        string image = await TestImages.MakeAsync(TestImages.Folder(), "slow.jpg", 1400, 1400);

        Assert.Equal(HttpStatusCode.Redirect, (await client.UploadAsync(slug, "Limits", asScript: false, image)).StatusCode);

        await using var connection = new NpgsqlConnection(app.ConnectionString);
        string? error = null;
        for (int i = 0; i < 300 && error is null; i++)
        {
            await Task.Delay(100);
            error = await connection.ExecuteScalarAsync<string?>("select last_error from jobs where last_error like '%longer than%'");
        }
        Assert.NotNull(error);
        Assert.Equal("queued", await connection.ExecuteScalarAsync<string>("select state from jobs where last_error like '%longer than%'"));
    }

}
