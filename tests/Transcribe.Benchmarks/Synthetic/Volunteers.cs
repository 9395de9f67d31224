using Transcribe.DemoLedger;
namespace Transcribe.Benchmarks.Synthetic;

/// <summary>
/// How one volunteer errs. Rates are per field (per row for the row-level ones). Harmful errors
/// change the value; restyling (case, full stops, abbreviations, date and coordinate notation)
/// does not, but breaks exact matching.
/// </summary>
public sealed record VolunteerProfile(
    string Id,
    string Tier,
    double Typo,
    double Omission,
    double Restyle,
    double Misread,
    double SkipRow,
    double DoubleRow,
    double ColumnShift);

/// <summary>
/// A crowd: the mix of careful, average, sloppy and poor volunteers (the last: the few every
/// project has who barely look, whom reliability weights exist for), and how often the ledger
/// itself is hard to read.
/// </summary>
public sealed record CrowdLevel(string Name, double CarefulShare, double AverageShare, double SloppyShare, double PoorShare, double HardCellRate)
{
    /// <summary>Everyone careful, clean pages: the regime adaptive redundancy is made for.</summary>
    public static readonly CrowdLevel Careful = new("careful", 1.0, 0.0, 0.0, 0.0, 0.002);

    /// <summary>
    /// Mostly careful, some average, one in ten sloppy and a few poor; one cell in a hundred hard
    /// to read (faded or cramped), where volunteers tend to make the same misreading.
    /// </summary>
    public static readonly CrowdLevel Realistic = new("realistic", 0.57, 0.30, 0.10, 0.03, 0.01);

    public static readonly CrowdLevel Sloppy = new("sloppy", 0.2, 0.4, 0.3, 0.1, 0.02);

    public static IReadOnlyList<CrowdLevel> All => [Careful, Realistic, Sloppy];

    public IReadOnlyList<VolunteerProfile> Pool(int size, Prng rng) => Enumerable.Range(1, size).Select(i =>
    {
        var roll = rng.NextDouble();
        var tier = roll < CarefulShare ? "careful"
            : roll < CarefulShare + AverageShare ? "average"
            : roll < CarefulShare + AverageShare + SloppyShare ? "sloppy"
            : "poor";
        var id = $"v{i:000}";
        return tier switch
        {
            // Slips that survive a volunteer's own proof-reading: a few per thousand fields for
            // careful typists, a few per hundred for hurried ones.
            "careful" => new VolunteerProfile(id, tier, rng.Range(0.001, 0.004), 0.0005, rng.Range(0.02, 0.10), 0.20, 0.002, 0.0005, 0.001),
            "average" => new VolunteerProfile(id, tier, rng.Range(0.004, 0.012), 0.002, rng.Range(0.05, 0.20), 0.35, 0.005, 0.0015, 0.003),
            "sloppy" => new VolunteerProfile(id, tier, rng.Range(0.015, 0.04), 0.008, rng.Range(0.10, 0.30), 0.50, 0.015, 0.005, 0.01),
            _ => new VolunteerProfile(id, tier, rng.Range(0.06, 0.12), 0.05, rng.Range(0.2, 0.4), 0.6, 0.03, 0.01, 0.03),
        };
    }).ToList();
}
