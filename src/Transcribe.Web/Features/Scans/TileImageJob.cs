using Dapper;
using Npgsql;
using Transcribe.Web.Infrastructure.Imaging;
using Transcribe.Web.Infrastructure.Jobs;
using Transcribe.Web.Infrastructure.Storage;

namespace Transcribe.Web.Features.Scans;

/// <summary>Makes an image's IIIF tiles, then opens the pages that show it (thumbnails follow on first view).</summary>
public sealed class TileImageJob(NpgsqlDataSource dataSource, StoragePaths storage, Vips vips) : IJobHandler
{
    public string Kind => ImportPipeline.TileJob;

    const string Image = "select format from images where id = @id";

    const string Ready = """
        update images set tile_state = 'ready', tile_error = null, tiled_at = now() where id = @id;
        update pages set state = 'open' where image_id = @id and state in ('imported', 'tiling');
        """;

    public async Task RunAsync(ClaimedJob job, CancellationToken ct)
    {
        string id = job.Subject;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        string format = await connection.ExecuteScalarAsync<string?>(Image, new { id })
            ?? throw new ImagingException($"Image {id} is not in the database.");
        string original = storage.Original(id, format);
        await vips.TileAsync(original, storage.TileFolder(id), ct);
        await connection.ExecuteAsync(Ready, new { id });
    }

    const string Failed = "update images set tile_state = 'failed', tile_error = @error where id = @id";

    public async Task GiveUpAsync(ClaimedJob job, string error)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(Failed, new { id = job.Subject, error });
    }
}
