using Transcribe.Core.Iiif;

namespace Transcribe.Web.Features.Scans;

/// <summary>
/// A IIIF Presentation manifest (2.1 or 3) as one new ledger: a page per canvas, its labels and
/// metadata kept, each image fetched from its image service (or full image) through the pipeline.
/// </summary>
public sealed class ManifestImporter(IHttpClientFactory http, ImportPipeline pipeline)
{
    public const string Client = "iiif";
    const int MaxManifestBytes = 20 << 20;

    public async Task<string> FetchAsync(string url, CancellationToken ct)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
            throw new ImportException("The manifest address must be a full http:// or https:// URL.");
        try
        {
            using var response = await http.CreateClient(Client).GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode)
                throw new ImportException($"The manifest could not be fetched: {uri.Host} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            return await ReadLimitedAsync(stream, ct);
        }
        catch (HttpRequestException e)
        {
            throw new ImportException($"The manifest could not be fetched from {uri.Host}: {e.Message}");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new ImportException($"{uri.Host} did not answer in time.");
        }
    }

    public static async Task<string> ReadLimitedAsync(Stream stream, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxManifestBytes) throw new ImportException("The manifest is larger than 20 MB.");
            buffer.Write(chunk, 0, read);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public async Task<ImportResult> ImportAsync(int projectId, string json, string source, string? title, string institution, CancellationToken ct)
    {
        ManifestImport manifest;
        try
        {
            manifest = ManifestReader.Read(json, ImportPipeline.MaxPages);
        }
        catch (ManifestException e)
        {
            throw new ImportException(e.Message);
        }
        var metadata = manifest.Metadata.Select(m => new KeyValuePair<string, string>(m.Label, m.Value)).ToList();
        if (manifest.RequiredStatement is { } statement) metadata.Add(new(statement.Label, statement.Value));
        if (manifest.Rights is { } rights) metadata.Add(new("Rights", rights));
        var images = manifest.Canvases.Select(canvas => new IncomingImage(
            $"canvas \"{canvas.Label}\"", canvas.Label, token => DownloadAsync(canvas.DownloadUrl(), token))).ToList();
        var document = new NewDocument(string.IsNullOrWhiteSpace(title) ? manifest.Label : title.Trim(), "", institution, source, metadata);
        return await pipeline.ImportAsync(projectId, document, images, ct);
    }

    async Task<Stream> DownloadAsync(string url, CancellationToken ct)
    {
        var response = await http.CreateClient(Client).GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct);
        if (!response.IsSuccessStatusCode)
        {
            response.Dispose();
            throw new IOException($"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        return await response.Content.ReadAsStreamAsync(ct);
    }
}
