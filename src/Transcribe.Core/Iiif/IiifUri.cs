namespace Transcribe.Core.Iiif;

/// <summary>The one rule IIIF sets for every id: an absolute URI, and in practice http or https.</summary>
public static class IiifUri
{
    public static bool IsHttp(string? value) =>
        !string.IsNullOrWhiteSpace(value)
        && value.Trim() == value
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;
}
