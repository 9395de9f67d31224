namespace Transcribe.DemoLedger;

/// <summary>Raised when a demo page cannot be rendered: libvips or the handwriting font is missing, or vips failed or hung.</summary>
public sealed class LedgerRenderException(string message, Exception? innerException = null) : Exception(message, innerException);
