namespace Transcribe.DemoLedger;

/// <summary>One handwritten row of a locality ledger: one fossil locality, as the ground truth of a demo page.</summary>
public sealed record LedgerRow(
    string LocalityNumber,
    string Collector,
    string Date,
    string Locality,
    string Formation,
    string Age,
    string Remarks)
{
    /// <summary>The field keys, in column order; the demo project's field template uses the same keys.</summary>
    public static IReadOnlyList<string> FieldKeys { get; } =
        ["locality_number", "collector", "date", "locality", "formation", "age", "remarks"];

    /// <summary>The printed column headers of the ledger, in the order of <see cref="FieldKeys"/>.</summary>
    public static IReadOnlyList<string> ColumnHeaders { get; } =
        ["Locality No.", "Collector", "Date", "Locality", "Formation", "Age", "Remarks"];

    /// <summary>The values in the order of <see cref="FieldKeys"/>.</summary>
    public IReadOnlyList<string> Values => [LocalityNumber, Collector, Date, Locality, Formation, Age, Remarks];

    // Keeps ToString (test failures, logs) to the seven fields rather than the computed Values list.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.AppendJoin(", ", FieldKeys.Zip(Values, (key, value) => $"{key} = {value}"));
        return true;
    }

    public IReadOnlyDictionary<string, string> ToDictionary() => new Dictionary<string, string>
    {
        ["locality_number"] = LocalityNumber,
        ["collector"] = Collector,
        ["date"] = Date,
        ["locality"] = Locality,
        ["formation"] = Formation,
        ["age"] = Age,
        ["remarks"] = Remarks,
    };

    /// <summary>Reads a row back from its dictionary form; a missing key is an error, a missing remark is not.</summary>
    public static LedgerRow FromDictionary(IReadOnlyDictionary<string, string> fields)
    {
        string Required(string key) => fields.TryGetValue(key, out var value)
            ? value
            : throw new FormatException($"Ledger row has no '{key}' field.");
        return new LedgerRow(
            Required("locality_number"), Required("collector"), Required("date"), Required("locality"),
            Required("formation"), Required("age"), fields.TryGetValue("remarks", out var remarks) ? remarks : "");
    }
}

/// <summary>One page of the demo ledger: its place in the volume, the folio label written on it, and its rows top to bottom.</summary>
public sealed record LedgerPage(int Sequence, string Label, IReadOnlyList<LedgerRow> Rows)
{
    /// <summary>Base file name of the rendered page (page-001), shared by its image and its ground truth.</summary>
    public string FileStem => $"page-{Sequence:000}";
}
