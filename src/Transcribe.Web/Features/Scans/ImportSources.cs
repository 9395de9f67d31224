using System.IO.Compression;
using Transcribe.Core.Scans;

namespace Transcribe.Web.Features.Scans;

/// <summary>Turns what a curator hands us (files, a zip, a server folder) into the pipeline's incoming images.</summary>
public static class ImportSources
{
    static readonly HashSet<string> ImageExtensions = new(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".png", ".tif", ".tiff" };

    /// <summary>Image files of a folder (not its subfolders) in natural name order; other files are listed as skipped.</summary>
    public static (IReadOnlyList<IncomingImage> Images, IReadOnlyList<string> Skipped) FromFolder(string folder)
    {
        if (!Directory.Exists(folder)) throw new ImportException($"There is no folder {folder}.");
        var files = Directory.GetFiles(folder).Select(Path.GetFileName).OfType<string>().Order(NaturalOrder.Instance).ToList();
        var images = files.Where(f => ImageExtensions.Contains(Path.GetExtension(f)) && !f.StartsWith('.'))
            .Select(f => new IncomingImage(f, "", _ => Task.FromResult<Stream>(File.OpenRead(Path.Combine(folder, f)))))
            .ToList();
        return (images, files.Where(f => images.All(i => i.Name != f)).ToList());
    }

    /// <summary>
    /// The images of an uploaded zip in natural order. An entry whose path would leave the folder
    /// ("../", an absolute path) refuses the whole zip: it was made to attack, not to share scans.
    /// </summary>
    public static IReadOnlyList<IncomingImage> FromZip(string zipPath, string zipName)
    {
        ZipArchive archive;
        try
        {
            archive = ZipFile.OpenRead(zipPath);
        }
        catch (InvalidDataException)
        {
            throw new ImportException($"{zipName}: not a readable zip file.");
        }
        using (archive)
        {
            var entries = new List<string>();
            foreach (var entry in archive.Entries)
            {
                string name = entry.FullName.Replace('\\', '/');
                if (name.StartsWith('/') || name.Split('/').Contains("..") || (name.Length > 1 && name[1] == ':'))
                    throw new ImportException($"{zipName}: the entry \"{entry.FullName}\" points outside the zip's folder; nothing was imported.");
                if (name.EndsWith('/') || name.StartsWith("__MACOSX/", StringComparison.Ordinal) || Path.GetFileName(name).StartsWith('.')) continue;
                if (!ImageExtensions.Contains(Path.GetExtension(name)))
                    throw new ImportException($"{zipName}: \"{entry.FullName}\" is not a JPEG, PNG or TIFF image.");
                entries.Add(entry.FullName);
            }
            return entries.Order(NaturalOrder.Instance)
                .Select(entryName => new IncomingImage($"{zipName}/{entryName}", "", _ =>
                {
                    // Each image is read on its own, after the listing's archive is closed.
                    var zip = ZipFile.OpenRead(zipPath);
                    return Task.FromResult<Stream>(new OwningStream(zip.GetEntry(entryName)!.Open(), zip));
                }))
                .ToList();
        }
    }

    /// <summary>A zip entry's stream that closes its archive with it.</summary>
    sealed class OwningStream(Stream inner, IDisposable owner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) => inner.ReadAsync(buffer, ct);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) { inner.Dispose(); owner.Dispose(); }
            base.Dispose(disposing);
        }
    }
}
