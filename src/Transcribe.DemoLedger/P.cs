namespace Transcribe.DemoLedger; public static class Placeholder {}
