namespace Transcribe.Core.Iiif;

/// <summary>
/// A manifest we cannot import, with a message written for the curator who pasted its address:
/// it says what is wrong with the document, never which line of our reader tripped.
/// </summary>
public sealed class ManifestException : Exception
{
    public ManifestException(string message) : base(message) { }

    public ManifestException(string message, Exception inner) : base(message, inner) { }
}
