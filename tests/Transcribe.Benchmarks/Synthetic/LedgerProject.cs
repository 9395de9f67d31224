using Transcribe.Core.Consensus;
using Transcribe.Core.Records;
using Transcribe.DemoLedger;

namespace Transcribe.Benchmarks.Synthetic;

/// <summary>The demo ledger as a consensus project: ground-truth pages, the field template and the project's settings.</summary>
public static class LedgerProject
{
    public static readonly PageTemplate Template = new(
    [
        new FieldSpec("locality_number", FieldType.Text, IsKey: true),
        new FieldSpec("collector", FieldType.Text),
        new FieldSpec("date", FieldType.Date),
        new FieldSpec("locality", FieldType.Text),
        new FieldSpec("formation", FieldType.Text),
        new FieldSpec("age", FieldType.Text),
        new FieldSpec("remarks", FieldType.Text),
    ]);

    /// <summary>
    /// The project's abbreviation list: data a curator would enter, and the same list the crowd
    /// model draws its expansions and contractions from.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Abbreviations = new Dictionary<string, string>
    {
        ["Co."] = "County", ["mi."] = "miles", ["Fm."] = "Formation", ["Ss."] = "Sandstone", ["Sh."] = "Shale",
        ["Ls."] = "Limestone", ["mbr."] = "Member", ["Up."] = "Upper", ["Mid."] = "Middle", ["L."] = "Lower",
        ["Sec."] = "Section", ["Mont."] = "Montana", ["Wyo."] = "Wyoming", ["Nebr."] = "Nebraska", ["Colo."] = "Colorado",
        ["Ariz."] = "Arizona", ["Kans."] = "Kansas", ["Oreg."] = "Oregon", ["Nev."] = "Nevada", ["Tex."] = "Texas",
        ["Calif."] = "California", ["Fla."] = "Florida", ["Va."] = "Virginia", ["Md."] = "Maryland",
        ["S. Dak."] = "South Dakota", ["N. Dak."] = "North Dakota", ["N. Mex."] = "New Mexico",
    };

    public static readonly ConsensusSettings Settings = new(
        MinTranscriptions: 2, MaxTranscriptions: 4, AgreementThreshold: 0.6,
        Abbreviations: Abbreviations, DateOrder: DateOrder.MonthDayYear);

    /// <summary>Ground truth from the demo ledger generator: pages of rows keyed by the template's field keys.</summary>
    public static IReadOnlyList<IReadOnlyList<IReadOnlyDictionary<string, string>>> TruthPages(int seed, int pageCount) =>
        LedgerRows.Generate(seed, pageCount).Select(p => (IReadOnlyList<IReadOnlyDictionary<string, string>>)p.Rows.Select(r => r.ToDictionary()).ToList()).ToList();
}
