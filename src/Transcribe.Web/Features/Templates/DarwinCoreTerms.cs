namespace Transcribe.Web.Features.Templates;

public sealed record DarwinCoreTerm(string Name, string Label, string Class, string Iri, string Definition);

/// <summary>
/// The current Darwin Core properties (TDWG's list, CC BY 4.0; dwc-terms.tsv says where from),
/// carried in the app: the template editor's term picker and the check that a field's term exists.
/// </summary>
public sealed class DarwinCoreTerms
{
    public IReadOnlyList<DarwinCoreTerm> Properties { get; }
    public ISet<string> Names { get; }

    public DarwinCoreTerms()
    {
        using var stream = typeof(DarwinCoreTerms).Assembly.GetManifestResourceStream("dwc-terms.tsv")!;
        using var reader = new StreamReader(stream);
        var terms = new List<DarwinCoreTerm>();
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            string[] f = line.Split('\t');
            terms.Add(new DarwinCoreTerm(f[0], f[1], f[2], f[3], f[4]));
        }
        Properties = terms;
        Names = terms.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
    }
}
