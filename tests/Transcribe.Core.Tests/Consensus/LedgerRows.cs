namespace Transcribe.Core.Tests.Consensus;

/// <summary>Hand-made ledger rows for alignment and page tests: a row is its values in template order.</summary>
internal static class LedgerRows
{
    public static readonly string[] Keys = ["locality_number", "collector", "date", "locality", "formation"];

    public static IReadOnlyDictionary<string, string> Row(params string[] values) =>
        Keys.Zip(values).ToDictionary(p => p.First, p => p.Second);

    public static readonly IReadOnlyDictionary<string, string> R1 = Row("3421", "C. W. Gilmore", "Aug. 3, 1923", "2 mi. N of Harlowton", "Fort Union");
    public static readonly IReadOnlyDictionary<string, string> R2 = Row("3422", "C. W. Gilmore", "Aug. 4, 1923", "Crazy Mountain Creek", "Fort Union");
    public static readonly IReadOnlyDictionary<string, string> R3 = Row("3423", "C. W. Gilmore", "Aug. 6, 1923", "Big Elk Creek, E side", "Lance");
    public static readonly IReadOnlyDictionary<string, string> R4 = Row("3424", "J. B. Hatcher", "Aug. 9, 1923", "Lance Creek divide", "Lance");
}
