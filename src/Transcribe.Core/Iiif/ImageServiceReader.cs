using System.Text.Json;
using System.Text.RegularExpressions;

namespace Transcribe.Core.Iiif;

/// <summary>
/// Finds the image service among the services an image lists (auth and search services sit in
/// the same list) and reads what we need to build image URLs from it. Presentation 3 manifests
/// often embed 2.x services with <c>@id</c>/<c>@type</c>, so both spellings are read everywhere.
/// </summary>
internal static partial class ImageServiceReader
{
    /// <summary>The best image service listed: version 3 before 2; Image API 1 is not spoken.</summary>
    public static ImageService? Pick(IReadOnlyList<JsonElement> services) =>
        services.Select(Read).OfType<ImageService>().OrderByDescending(s => s.Version).FirstOrDefault();

    private static ImageService? Read(JsonElement service)
    {
        if (service.ValueKind != JsonValueKind.Object || service.Id() is not { } rawId) return null;
        var profiles = service.Many("profile");
        var profile = profiles.FirstOrDefault(p => p.ValueKind == JsonValueKind.String) is { ValueKind: JsonValueKind.String } p0
            ? p0.GetString()
            : null;
        var version = Version(service, profile);
        if (version is not (2 or 3)) return null;

        // 2.x puts limits in the profile's description object as well as on the service itself.
        var described = profiles.Where(p => p.ValueKind == JsonValueKind.Object).Prepend(service).ToList();
        return new ImageService(BaseUri(rawId), version, Level(profile), profile)
        {
            Width = service.PositiveInt("width"),
            Height = service.PositiveInt("height"),
            MaxWidth = described.Select(d => d.PositiveInt("maxWidth")).FirstOrDefault(v => v is not null),
            MaxHeight = described.Select(d => d.PositiveInt("maxHeight")).FirstOrDefault(v => v is not null),
            MaxArea = described.Select(d => d.PositiveLong("maxArea")).FirstOrDefault(v => v is not null),
            Sizes = [.. service.Many("sizes")
                .Select(s => (W: s.PositiveInt("width"), H: s.PositiveInt("height")))
                .Where(s => s is { W: not null, H: not null })
                .Select(s => new ImageSize(s.W!.Value, s.H!.Value))],
        };
    }

    /// <summary>2 or 3 when the service identifies itself as an Image API service, by type, context or profile; else 0.</summary>
    private static int Version(JsonElement service, string? profile)
    {
        if (service.HasType("ImageService3")) return 3;
        if (service.HasType("ImageService2")) return 2;
        if (service.HasType("ImageService1")) return 1;
        foreach (var context in service.Many("@context").Select(c => c.ValueKind == JsonValueKind.String ? c.GetString() : null))
        {
            if (context is null) continue;
            if (context.Contains("iiif.io/api/image/3", StringComparison.OrdinalIgnoreCase)) return 3;
            if (context.Contains("iiif.io/api/image/2", StringComparison.OrdinalIgnoreCase)) return 2;
            if (context.Contains("iiif.io/api/image/1", StringComparison.OrdinalIgnoreCase)
                || context.Contains("library.stanford.edu/iiif/image-api", StringComparison.OrdinalIgnoreCase)) return 1;
        }
        if (profile is null) return 0;
        if (profile.Contains("iiif.io/api/image/3", StringComparison.OrdinalIgnoreCase)) return 3;
        if (profile.Contains("iiif.io/api/image/2", StringComparison.OrdinalIgnoreCase)) return 2;
        // A bare "level1" is how 3 writes profiles; 2.x always wrote a URI.
        return ShortProfile().IsMatch(profile) ? 3 : 0;
    }

    private static int Level(string? profile) =>
        profile is not null && LevelDigit().Match(profile) is { Success: true } m ? m.Groups[1].Value[0] - '0' : 0;

    /// <summary>Some publishers give the info.json address, or a trailing slash, as the service id.</summary>
    private static string BaseUri(string id)
    {
        var trimmed = id.Trim();
        if (trimmed.EndsWith("/info.json", StringComparison.OrdinalIgnoreCase)) trimmed = trimmed[..^"/info.json".Length];
        return trimmed.TrimEnd('/');
    }

    [GeneratedRegex(@"^level[0-2]$", RegexOptions.IgnoreCase)]
    private static partial Regex ShortProfile();

    [GeneratedRegex(@"level\s*([0-2])", RegexOptions.IgnoreCase)]
    private static partial Regex LevelDigit();
}
