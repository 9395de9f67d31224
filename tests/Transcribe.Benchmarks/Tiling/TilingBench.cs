using System.Diagnostics;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Transcribe.DemoLedger;
using Transcribe.Web;
using Transcribe.Web.Features.Scans;
using Transcribe.Web.Infrastructure.Postgres;

namespace Transcribe.Benchmarks.Tiling;

/// <summary>
/// `./transcribe bench tiling`: how close our import-and-tile path and our tile server come to the
/// bare tools they wrap, each measured against its reference in the same run on the same files.
///   1. import-and-tile of a 100-megapixel scan through the app's pipeline (hash, checks, store,
///      job queue, worker, dzsave, thumbnail) / a bare `vips dzsave` of the same file (goal ≤ 1.15);
///   2. tiles per second from our server / from nginx serving the same tile files (goal ≥ 0.8).
/// </summary>
public static class TilingBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        // Not CreateTempSubdirectory: its 0700 folder would shut out the postgres user.
        string work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"transcribe-bench-tiling-{Guid.NewGuid():N}")).FullName;
        await using var cluster = new PrivateCluster(Path.Combine(work, "postgres"), throwaway: true);
        try
        {
            Console.WriteLine("Tiling benchmark (work folder " + work + ")");
            string scan = await MakeScanAsync(work);
            await cluster.StartAsync();
            await DatabaseHost.EnsureDatabaseAsync(cluster.ConnectionString(), "bench", null, CancellationToken.None);
            int port = FreePort();
            var app = BuildApp(cluster.ConnectionString("bench"), Path.Combine(work, "storage"), port);
            await app.StartAsync();
            try
            {
                var (ours, bare, imageId) = await TimeTilingAsync(app, scan, work);
                Console.WriteLine($"  import-and-tile, ours:        {ours.TotalSeconds,7:0.00} s   (median of {Rounds})");
                Console.WriteLine($"  bare vips dzsave (reference): {bare.TotalSeconds,7:0.00} s");
                Console.WriteLine($"  ratio ours / bare:            {ours / bare,7:0.00}   (goal <= 1.15)");

                string tiles = Path.Combine(work, "storage", "tiles");
                var paths = TilePaths(tiles, imageId);
                await using var nginx = await Nginx.StartAsync(tiles, work);
                // Alternating rounds, median ratio: on a shared machine either server's rate drifts with load.
                var rounds = new List<(double Ours, double Nginx)>();
                for (int round = 0; round < Rounds; round++)
                    rounds.Add((await TileLoad.RequestsPerSecondAsync($"http://127.0.0.1:{port}", paths, work),
                                await TileLoad.RequestsPerSecondAsync(nginx.BaseUrl, paths, work)));
                var median = rounds.OrderBy(r => r.Ours / r.Nginx).ElementAt(Rounds / 2);
                Console.WriteLine($"  tiles/s, ours:                {median.Ours,9:0}   (round with the median ratio of {Rounds})");
                Console.WriteLine($"  tiles/s, nginx (reference):   {median.Nginx,9:0}");
                Console.WriteLine($"  ratio ours / nginx:           {median.Ours / median.Nginx,9:0.00}   (goal >= 0.8)");
            }
            finally
            {
                await app.StopAsync();
            }
            return 0;
        }
        finally
        {
            await cluster.StopAsync();
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>A 100-megapixel ledger scan: a demo ledger page enlarged, so the tiles hold real handwriting and paper.</summary>
    static async Task<string> MakeScanAsync(string work)
    {
        var page = await new LedgerRenderer().RenderPageAsync(LedgerRows.Generate(7, 1)[0], Path.Combine(work, "page"));
        string scan = Path.Combine(work, "scan-100mp.jpg");
        double scale = Math.Sqrt(100_000_000.0 / (page.Width * (double)page.Height));
        await Tool.RunAsync("vips", "resize", page.ImagePath, scan + "[Q=90]", scale.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture));
        string size = (await Tool.OutputAsync("vipsheader", scan)).Trim();
        Console.WriteLine($"  scan: {size}");
        return scan;
    }

    static WebApplication BuildApp(string connectionString, string storage, int port)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [$"--ConnectionStrings:Transcribe={connectionString}", $"--Transcribe:Storage={storage}", "--urls", $"http://127.0.0.1:{port}",
                    "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.AspNetCore.DataProtection=Error"],
            WebRootPath = WebRoot.Find(),
        });
        builder.Services.AddTranscribe(builder.Configuration);
        var app = builder.Build();
        app.UseTranscribe();
        return app;
    }

    const int Rounds = 3;

    /// <summary>
    /// Medians of <see cref="Rounds"/> rounds, each on a freshly encoded copy of the scan (a copy we
    /// already hold would be recognised by its hash and not tiled again). Both paths are warmed first
    /// on a small page, so neither pays first-use costs (JIT, disk cache) in a timed round.
    /// </summary>
    static async Task<(TimeSpan Ours, TimeSpan Bare, string ImageId)> TimeTilingAsync(WebApplication app, string scan, string work)
    {
        var dataSource = app.Services.GetRequiredService<NpgsqlDataSource>();
        await using var connection = await dataSource.OpenConnectionAsync();
        int projectId = await connection.ExecuteScalarAsync<int>("insert into projects (slug, title) values ('bench', 'Bench') returning id");
        var pipeline = app.Services.GetRequiredService<ImportPipeline>();

        async Task<(TimeSpan Elapsed, string ImageId)> OursAsync(string file)
        {
            string folder = Directory.CreateDirectory(Path.Combine(work, "import-" + Guid.NewGuid().ToString("N"))).FullName;
            File.Copy(file, Path.Combine(folder, "scan.jpg"));
            var clock = Stopwatch.StartNew();
            var result = await pipeline.ImportAsync(projectId, new NewDocument("Bench"), ImportSources.FromFolder(folder).Images, CancellationToken.None);
            string imageId = await connection.ExecuteScalarAsync<string>("select image_id from pages where document_id = @DocumentId", new { result.DocumentId }) ?? "";
            while (await connection.ExecuteScalarAsync<string>("select tile_state from images where id = @imageId", new { imageId }) != "ready")
                await Task.Delay(10);
            return (clock.Elapsed, imageId);
        }

        async Task<TimeSpan> BareAsync(string file)
        {
            var clock = Stopwatch.StartNew();
            await Tool.RunAsync("vips", "dzsave", file, Path.Combine(work, "bare-" + Guid.NewGuid().ToString("N")),
                "--layout", "iiif3", "--tile-size", "512", "--suffix", ".jpg[Q=85]");
            return clock.Elapsed;
        }

        string warm = Path.Combine(work, "page", "page-001.jpg");
        await OursAsync(warm);
        await BareAsync(warm);

        var ours = new List<TimeSpan>();
        var bare = new List<TimeSpan>();
        string imageId = "";
        for (int round = 0; round < Rounds; round++)
        {
            string copy = Path.Combine(work, $"scan-{round}.jpg");
            await Tool.RunAsync("vips", "copy", scan, copy + $"[Q={90 - round}]");
            (var elapsed, imageId) = await OursAsync(copy);
            ours.Add(elapsed);
            bare.Add(await BareAsync(copy));
        }
        return (Median(ours), Median(bare), imageId);
    }

    static TimeSpan Median(List<TimeSpan> values) => values.Order().ElementAt(values.Count / 2);

    /// <summary>Every tile URL of the image (all zoom levels), as a viewer would request them.</summary>
    static List<string> TilePaths(string tiles, string imageId) =>
        Directory.GetFiles(Path.Combine(tiles, imageId), "default.jpg", SearchOption.AllDirectories)
            .Select(f => "/iiif/" + Path.GetRelativePath(tiles, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
