namespace Transcribe.Web.Infrastructure.Storage;

/// <summary>
/// The storage folder's layout: originals by content hash, IIIF tiles per image, thumbnails, and a
/// scratch area for uploads being checked. On more than one machine this folder is shared storage.
/// </summary>
public sealed class StoragePaths
{
    public StoragePaths(IConfiguration configuration)
    {
        Root = Path.GetFullPath(configuration["Transcribe:Storage"] ?? ".data");
        foreach (string dir in new[] { Originals, Tiles, Thumbnails, Incoming }) Directory.CreateDirectory(dir);
    }

    public string Root { get; }
    public string Originals => Path.Combine(Root, "originals");
    public string Tiles => Path.Combine(Root, "tiles");
    public string Thumbnails => Path.Combine(Root, "thumbnails");
    public string Incoming => Path.Combine(Root, "incoming");

    public string Original(string imageId, string format) => Path.Combine(Originals, imageId[..2], $"{imageId}.{format}");
    public string TileFolder(string imageId) => Path.Combine(Tiles, imageId);
    public string Thumbnail(string imageId) => Path.Combine(Thumbnails, imageId[..2], $"{imageId}.jpg");
    public string NewIncomingFile() => Path.Combine(Incoming, Guid.NewGuid().ToString("N"));
}
