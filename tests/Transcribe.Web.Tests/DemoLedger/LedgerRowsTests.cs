using System.Text.RegularExpressions;
using Transcribe.DemoLedger;

namespace Transcribe.Web.Tests.DemoLedger;

public sealed partial class LedgerRowsTests
{
    private static readonly string[] PeriodStates =
        ["Wyo.", "Mont.", "Nebr.", "S. Dak.", "N. Dak.", "Colo.", "Utah", "N. Mex.", "Ariz.", "Tex.", "Kans.", "Oreg.", "Idaho",
         "Calif.", "Nev.", "Md.", "Va.", "Fla.", "N. Y.", "B. C."];

    [Fact]
    public void Generate_WithTheSameSeed_GivesTheSameLedger()
    {
        var first = LedgerRows.Generate(seed: 7, pageCount: 8);
        var second = LedgerRows.Generate(seed: 7, pageCount: 8);

        Assert.Equal(Flatten(first), Flatten(second));
        Assert.Equal(first.Select(p => p.Label), second.Select(p => p.Label));
    }

    [Fact]
    public void Generate_WithAnotherSeed_GivesAnotherLedger()
    {
        var first = Flatten(LedgerRows.Generate(seed: 7, pageCount: 8));
        var second = Flatten(LedgerRows.Generate(seed: 8, pageCount: 8));

        Assert.NotEqual(first, second);
        Assert.True(first.Intersect(second).Count() < first.Count / 10, "two seeds should share hardly any rows");
    }

    [Fact]
    public void Generate_ForAKnownSeed_GivesThePinnedFirstRow()
    {
        // Our own PRNG makes the demo identical on every .NET version; if this fails, the generator changed on purpose or by accident.
        var row = LedgerRows.Generate(seed: 1, pageCount: 1)[0].Rows[0];

        Assert.Equal(new LedgerRow("2862", "White & Girty", "Spring 1903", "Bear Creek, Jefferson Co., Colo.", "Fountain Fm.", "Pennsylvanian", ""), row);
    }

    [Fact]
    public void Generate_WithFewerPages_GivesTheFirstPagesOfTheLongerLedger()
    {
        var twoPages = LedgerRows.Generate(seed: 3, pageCount: 2);
        var fivePages = LedgerRows.Generate(seed: 3, pageCount: 5);

        Assert.Equal(Flatten(twoPages), Flatten(fivePages.Take(2).ToArray()));
    }

    [Fact]
    public void Generate_EveryPage_HasFifteenToTwentyFiveRows()
    {
        foreach (var seed in new[] { 1, 2, 3, 99, -5 })
        {
            Assert.All(LedgerRows.Generate(seed, pageCount: 30), page => Assert.InRange(page.Rows.Count, 15, 25));
        }
    }

    [Fact]
    public void Generate_Pages_AreInSequenceWithConsecutiveFolioLabels()
    {
        var pages = LedgerRows.Generate(seed: 11, pageCount: 8);

        Assert.Equal(Enumerable.Range(1, 8), pages.Select(p => p.Sequence));
        var folios = pages.Select(p => int.Parse(p.Label.Replace("p. ", ""))).ToArray();
        Assert.All(folios.Zip(folios.Skip(1)), pair => Assert.Equal(pair.First + 1, pair.Second));
        Assert.Equal("page-001", pages[0].FileStem);
    }

    [Fact]
    public void Generate_LocalityNumbers_IncreaseDownEachPageAndAcrossPages()
    {
        foreach (var seed in new[] { 1, 2, 42 })
        {
            var numbers = LedgerRows.Generate(seed, pageCount: 20).SelectMany(p => p.Rows).Select(r => ParseNumber(r.LocalityNumber)).ToArray();

            Assert.All(numbers.Zip(numbers.Skip(1)), pair =>
                Assert.True(pair.First.CompareTo(pair.Second) < 0, $"{pair.First} should come before {pair.Second}"));
        }
    }

    [Fact]
    public void Generate_LocalityNumbers_SometimesSkipANumberOrCarryASuffix()
    {
        var rows = LedgerRows.Generate(seed: 5, pageCount: 20).SelectMany(p => p.Rows).ToArray();
        var numbers = rows.Select(r => ParseNumber(r.LocalityNumber)).ToArray();

        Assert.Contains(rows, r => char.IsLetter(r.LocalityNumber[^1]));
        Assert.Contains(numbers.Zip(numbers.Skip(1)), pair => pair.Second.Number - pair.First.Number > 1);
    }

    [Fact]
    public void Generate_RequiredFields_AreNeverEmpty_WhileRemarksOftenAre()
    {
        var rows = LedgerRows.Generate(seed: 21, pageCount: 16).SelectMany(p => p.Rows).ToArray();

        Assert.All(rows, row =>
        {
            Assert.Matches(LocalityNumberPattern(), row.LocalityNumber);
            Assert.False(string.IsNullOrWhiteSpace(row.Collector));
            Assert.False(string.IsNullOrWhiteSpace(row.Date));
            Assert.False(string.IsNullOrWhiteSpace(row.Locality));
            Assert.False(string.IsNullOrWhiteSpace(row.Formation));
            Assert.False(string.IsNullOrWhiteSpace(row.Age));
            Assert.All(row.Values, value => Assert.Equal(value.Trim(), value));
        });
        var withoutRemarks = rows.Count(r => r.Remarks.Length == 0);
        Assert.InRange(withoutRemarks, rows.Length / 3, rows.Length * 3 / 4);
    }

    [Fact]
    public void Generate_Content_IsPlausibleForPeriodLocalityLedgers()
    {
        var rows = LedgerRows.Generate(seed: 4, pageCount: 8).SelectMany(p => p.Rows).ToArray();

        Assert.All(rows, row =>
        {
            Assert.Contains(PeriodStates, state => row.Locality.EndsWith(", " + state, StringComparison.Ordinal));
            // Numeric dates are sometimes written with two-digit years (6/14/09); every other style names the full year.
            var year = YearPattern().Match(row.Date);
            if (year.Success) Assert.InRange(int.Parse(year.Value), 1890, 1951);
            else Assert.Matches("^[0-9]{1,2}/[0-9]{1,2}/[0-9]{2}$", row.Date);
        });
        Assert.Contains(rows, r => r.Collector.Contains("Gilmore") || r.Collector.Contains("Gidley") || r.Collector.Contains("Walcott"));
        Assert.Contains(rows, r => r.Formation.EndsWith("Fm.") || r.Formation.EndsWith("Formation"));
        Assert.Contains(rows, r => r.Age.Contains("Cretaceous") || r.Age.Contains("cene") || r.Age.Contains("Cambrian"));
    }

    [Fact]
    public void Generate_Content_IsVariedAcrossTheLedger()
    {
        var rows = LedgerRows.Generate(seed: 9, pageCount: 8).SelectMany(p => p.Rows).ToArray();

        Assert.True(rows.Select(r => r.Collector).Distinct().Count() >= 6, "collectors");
        Assert.True(rows.Select(r => r.Formation).Distinct().Count() >= 12, "formations");
        Assert.True(rows.Select(r => r.Locality).Distinct().Count() >= rows.Length * 8 / 10, "localities");
        Assert.True(rows.Select(r => r.Locality.Split(", ")[^1]).Distinct().Count() >= 6, "states");
        Assert.True(rows.Select(r => DateShape(r.Date)).Distinct().Count() >= 4, "date styles");
    }

    [Fact]
    public void ToDictionary_HasTheFieldKeysInOrder_AndRoundTrips()
    {
        var row = LedgerRows.Generate(seed: 2, pageCount: 1)[0].Rows[0];

        var fields = row.ToDictionary();

        Assert.Equal(["locality_number", "collector", "date", "locality", "formation", "age", "remarks"], LedgerRow.FieldKeys);
        Assert.Equal(LedgerRow.FieldKeys.Order(), fields.Keys.Order());
        Assert.Equal(row.Values, LedgerRow.FieldKeys.Select(key => fields[key]));
        Assert.Equal(row, LedgerRow.FromDictionary(fields));
    }

    [Fact]
    public void Generate_WithNoPages_GivesAnEmptyLedger_AndRefusesANegativeCount()
    {
        Assert.Empty(LedgerRows.Generate(seed: 1, pageCount: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => LedgerRows.Generate(seed: 1, pageCount: -1));
    }

    private static List<LedgerRow> Flatten(IReadOnlyList<LedgerPage> pages) => pages.SelectMany(p => p.Rows).ToList();

    private static (int Number, string Suffix) ParseNumber(string localityNumber)
    {
        var match = LocalityNumberPattern().Match(localityNumber);
        Assert.True(match.Success, localityNumber);
        return (int.Parse(match.Groups[1].Value), match.Groups[2].Value);
    }

    // "Aug. 3, 1923" and "June 12, 1924" share a shape; "6/14/1909", "1921-22" and "July 1912" do not.
    private static string DateShape(string date) => Regex.Replace(Regex.Replace(date, "[A-Za-z.]+", "M"), "[0-9]+", "9");

    [GeneratedRegex("^([0-9]{4,5})([a-z]?)$")]
    private static partial Regex LocalityNumberPattern();

    [GeneratedRegex("(18|19)[0-9]{2}")]
    private static partial Regex YearPattern();
}
