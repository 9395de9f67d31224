namespace Transcribe.Core; public static class Placeholder {}
