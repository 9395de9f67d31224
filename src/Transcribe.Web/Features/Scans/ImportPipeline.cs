using System.Security.Cryptography;
using System.Text.Json;
using Dapper;
using Npgsql;
using Transcribe.Core.Scans;
using Transcribe.Web.Infrastructure.Imaging;
using Transcribe.Web.Infrastructure.Jobs;
using Transcribe.Web.Infrastructure.Storage;

namespace Transcribe.Web.Features.Scans;

/// <summary>What a curator is told when an import cannot be used; nothing of it has been stored.</summary>
public sealed class ImportException(string message) : Exception(message);

/// <summary>One scan on its way in: a name to report problems by, a label for its page, and its bytes.</summary>
public sealed record IncomingImage(string Name, string Label, Func<CancellationToken, Task<Stream>> Open);

public sealed record NewDocument(string Title, string CallNumber = "", string Institution = "", string Source = "",
    IReadOnlyList<KeyValuePair<string, string>>? Metadata = null);

public sealed record ImportResult(int DocumentId, int Pages, int NewImages);

/// <summary>
/// Every import (upload, zip, server folder, IIIF manifest) ends here: each file is checked (format,
/// completeness, size limits) before anything is stored; originals are kept once by SHA-256; the
/// document, its pages and their tiling jobs are written in one transaction.
/// </summary>
public sealed class ImportPipeline(
    NpgsqlDataSource dataSource, StoragePaths storage, Vips vips, JobQueue jobs, JobSignal signal, IConfiguration configuration)
{
    public const string TileJob = "tile-image";
    public const int MaxPages = 5000;

    long MaxPixels => configuration.GetValue("Transcribe:MaxImagePixels", ImageChecks.DefaultMaxPixels);
    long MaxFileBytes => configuration.GetValue("Transcribe:MaxImageBytes", 1L << 30);

    sealed record Checked(string Name, string Label, string TempFile, string ImageId, ImageHeader Header, long Bytes);

    public async Task<ImportResult> ImportAsync(int projectId, NewDocument document, IReadOnlyList<IncomingImage> images, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(document.Title)) throw new ImportException("Give the ledger a title.");
        if (document.Title.Length > 300) throw new ImportException("The title is longer than 300 characters.");
        if (images.Count == 0) throw new ImportException("There are no images to import.");
        if (images.Count > MaxPages) throw new ImportException($"A ledger can have at most {MaxPages} pages; this import has {images.Count}.");

        var checkedImages = new List<Checked>();
        try
        {
            foreach (var image in images) checkedImages.Add(await CheckAsync(image, ct));
            foreach (var image in checkedImages) KeepOriginal(image);
            return await RecordAsync(projectId, document, checkedImages, ct);
        }
        finally
        {
            foreach (var image in checkedImages) File.Delete(image.TempFile); // gone already if kept
        }
    }

    async Task<Checked> CheckAsync(IncomingImage image, CancellationToken ct)
    {
        string temp = storage.NewIncomingFile();
        try
        {
            var (imageId, bytes) = await CopyHashingAsync(image, temp, ct);
            string format = await SniffAsync(image.Name, temp);
            ImageHeader header;
            try
            {
                header = await vips.HeaderAsync(temp, ct);
            }
            catch (ImagingException e)
            {
                throw new ImportException($"{image.Name}: {e.Message}");
            }
            if (ImageChecks.SizeProblem(header.Width, header.Height, MaxPixels) is string problem)
                throw new ImportException($"{image.Name}: {problem}");
            return new Checked(image.Name, image.Label, temp, imageId, header with { Format = format }, bytes);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    async Task<(string ImageId, long Bytes)> CopyHashingAsync(IncomingImage image, string temp, CancellationToken ct)
    {
        Stream source;
        try
        {
            source = await image.Open(ct);
        }
        catch (Exception e) when (e is IOException or HttpRequestException or UnauthorizedAccessException or TaskCanceledException)
        {
            throw new ImportException($"{image.Name}: could not be read ({e.Message}).");
        }
        await using (source)
        await using (var target = File.Create(temp))
        {
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[1 << 16];
            long total = 0;
            int read;
            while ((read = await source.ReadAsync(buffer, ct)) > 0)
            {
                total += read;
                if (total > MaxFileBytes)
                    throw new ImportException($"{image.Name}: larger than this site's limit of {MaxFileBytes / (1 << 20):N0} MB per image.");
                sha.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), ct);
            }
            if (total == 0) throw new ImportException($"{image.Name}: the file is empty.");
            return (Convert.ToHexString(sha.GetHashAndReset()).ToLowerInvariant(), total);
        }
    }

    static async Task<string> SniffAsync(string name, string path)
    {
        await using var file = File.OpenRead(path);
        var head = new byte[16];
        int headLength = await file.ReadAsync(head);
        string format = ImageChecks.DetectFormat(head.AsSpan(0, headLength))
            ?? throw new ImportException($"{name}: not a JPEG, PNG or TIFF image.");
        var tail = new byte[64];
        file.Seek(Math.Max(0, file.Length - tail.Length), SeekOrigin.Begin);
        int tailLength = await file.ReadAsync(tail);
        if (!ImageChecks.LooksComplete(format, tail.AsSpan(0, tailLength)))
            throw new ImportException($"{name}: the image file is incomplete (was the upload or download cut short?).");
        return format;
    }

    void KeepOriginal(Checked image)
    {
        string target = storage.Original(image.ImageId, image.Header.Format);
        if (File.Exists(target)) return; // the same scan was imported before: stored once
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // Same file system: a rename, not a second write of a file that may be a gigabyte.
        File.Move(image.TempFile, target, overwrite: true);
    }

    const string InsertDocument = """
        insert into documents (project_id, title, call_number, institution, source, metadata)
        values (@projectId, @Title, @CallNumber, @Institution, @Source, @metadata::jsonb)
        returning id
        """;

    const string InsertImage = """
        insert into images (id, format, width, height, byte_size)
        values (@ImageId, @Format, @Width, @Height, @Bytes)
        on conflict (id) do nothing
        """;

    const string ImageState = "select tile_state from images where id = @ImageId";

    const string InsertPage = """
        insert into pages (document_id, sequence, label, image_id, state, transcriptions_needed)
        values (@documentId, @sequence, @label, @ImageId, @state,
                (select p.transcriptions_required from documents d join projects p on p.id = d.project_id where d.id = @documentId))
        """;

    async Task<ImportResult> RecordAsync(int projectId, NewDocument document, List<Checked> images, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        string metadata = JsonSerializer.Serialize((document.Metadata ?? []).Select(m => new { label = m.Key, value = m.Value }));
        int documentId = await connection.ExecuteScalarAsync<int>(InsertDocument,
            new { projectId, document.Title, document.CallNumber, document.Institution, document.Source, metadata }, tx);
        int newImages = 0;
        for (int i = 0; i < images.Count; i++)
        {
            var image = images[i];
            newImages += await connection.ExecuteAsync(InsertImage,
                new { image.ImageId, image.Header.Format, image.Header.Width, image.Header.Height, image.Bytes }, tx);
            bool ready = await connection.ExecuteScalarAsync<string>(ImageState, new { image.ImageId }, tx) == "ready";
            await connection.ExecuteAsync(InsertPage,
                new { documentId, sequence = i + 1, label = Label(image, i), image.ImageId, state = ready ? "open" : "tiling" }, tx);
            if (!ready) await jobs.EnqueueAsync(TileJob, image.ImageId, connection, tx);
        }
        await tx.CommitAsync(ct);
        signal.Notify();
        return new ImportResult(documentId, images.Count, newImages);
    }

    static string Label(Checked image, int index)
    {
        string label = string.IsNullOrWhiteSpace(image.Label) ? $"p. {index + 1}" : image.Label.Trim();
        return label.Length > 200 ? label[..200] : label;
    }
}
