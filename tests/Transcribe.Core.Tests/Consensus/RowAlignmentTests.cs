using Transcribe.Core.Consensus;
using static Transcribe.Core.Tests.Consensus.LedgerRows;

namespace Transcribe.Core.Tests.Consensus;

public sealed class RowAlignmentTests
{
    private static readonly FieldSpec[] Keyed =
    [
        new("locality_number", FieldType.Text, IsKey: true), new("collector", FieldType.Text), new("date", FieldType.Date),
        new("locality", FieldType.Text), new("formation", FieldType.Text),
    ];

    private static readonly FieldSpec[] Unkeyed = Keyed.Select(f => f with { IsKey = false }).ToArray();

    private static IReadOnlyList<int?[]> Align(FieldSpec[] fields, params IReadOnlyDictionary<string, string>[][] transcriptions) =>
        RowAlignment.Align(fields, transcriptions.Select(t => (IReadOnlyList<IReadOnlyDictionary<string, string>>)t).ToList(), ConsensusSettings.Default);

    /// <summary>Each aligned row as "a,b,c" of row indexes, "-" where a transcription lacks it.</summary>
    private static string[] Render(IReadOnlyList<int?[]> rows) =>
        rows.Select(r => string.Join(",", r.Select(i => i?.ToString() ?? "-"))).ToArray();

    [Fact]
    public void Align_WhenAVolunteerSkipsARow_LeavesAHoleInThatRowOnly()
    {
        var rows = Align(Unkeyed, [R1, R2, R3, R4], [R1, R3, R4]);
        Assert.Equal(["0,0", "1,-", "2,1", "3,2"], Render(rows));
    }

    [Fact]
    public void Align_WhenAVolunteerDoublesARow_TheCopyGetsARowOfItsOwn()
    {
        var rows = Align(Unkeyed, [R1, R2, R3], [R1, R2, R2, R3]);
        Assert.Equal(4, rows.Count);
        Assert.Equal(3, rows.Count(r => r[0] is not null && r[1] is not null));
        Assert.Single(rows, r => r[0] is null);
    }

    [Fact]
    public void Align_WithAKeyField_MatchesRowsInADifferentOrder()
    {
        var rows = Align(Keyed, [R1, R2, R3, R4], [R4, R3, R2, R1]);
        Assert.Equal(["0,3", "1,2", "2,1", "3,0"], Render(rows));
    }

    [Fact]
    public void Align_WithAKeyField_MatchesRowsWhoseOtherFieldsAreShifted()
    {
        // The second volunteer typed the locality into the formation column and left locality blank.
        var shifted = Row("3422", "C. W. Gilmore", "Aug. 4, 1923", "", "Crazy Mountain Creek");
        var rows = Align(Keyed, [R1, R2, R3], [R1, shifted, R3]);
        Assert.Equal(["0,0", "1,1", "2,2"], Render(rows));
    }

    [Fact]
    public void Align_WhenAKeyIsMistypedButTheRestAgrees_StillPairsTheRows()
    {
        var typo = R3.ToDictionary(p => p.Key, p => p.Key == "locality_number" ? "3432" : p.Value);
        var rows = Align(Keyed, [R1, R2, R3], [R1, R2, typo]);
        Assert.Equal(["0,0", "1,1", "2,2"], Render(rows));
    }

    [Fact]
    public void Align_WhenARowIsSplitInTwo_TheContinuationStandsAlone()
    {
        var firstHalf = R2.ToDictionary(p => p.Key, p => p.Key == "locality" ? "Crazy Mountain" : p.Value);
        var continuation = Row("", "", "", "Creek", "");
        var rows = Align(Unkeyed, [R1, R2, R3], [R1, firstHalf, continuation, R3]);
        Assert.Equal(["0,0", "1,1", "-,2", "2,3"], Render(rows));
    }

    [Fact]
    public void Align_WhenTwoRowsAreMerged_TheMergedRowPairsWithOneAndTheOtherHasAHole()
    {
        var merged = R2.ToDictionary(p => p.Key, p => p.Key == "locality" ? "Crazy Mountain Creek; Big Elk Creek, E side" : p.Value);
        var rows = Align(Unkeyed, [R1, R2, R3, R4], [R1, merged, R4]);
        Assert.Equal(["0,0", "1,1", "2,-", "3,2"], Render(rows));
    }

    [Fact]
    public void Align_WhenOneTranscriptionIsEmpty_EveryRowHasAHoleThere()
    {
        var rows = Align(Keyed, [R1, R2], [], [R1, R2]);
        Assert.Equal(["0,-,0", "1,-,1"], Render(rows));
    }

    [Fact]
    public void Align_WithOneTranscription_GivesItsRowsInOrder() =>
        Assert.Equal(["0", "1", "2"], Render(Align(Unkeyed, [R1, R2, R3])));

    [Fact]
    public void Align_NeverPutsTwoRowsOfOneTranscriptionTogether()
    {
        var rows = Align(Keyed, [R1, R2, R3], [R2, R2, R2, R1], [R3, R3]);
        for (var t = 0; t < 3; t++)
        {
            var used = rows.Select(r => r[t]).OfType<int>().ToList();
            Assert.Equal(used.Count, used.Distinct().Count());
        }
        Assert.Equal(3 + 4 + 2, rows.Sum(r => r.Count(i => i is not null)));
    }

    [Fact]
    public void RowSimilarity_IgnoresFieldsBothLeftBlank_AndCountsOneSidedBlanksAgainst()
    {
        var settings = ConsensusSettings.Default;
        NormalizedValue[] N(params string[] v) => Unkeyed.Select((f, i) => Normalizer.Normalize(f.Type, v[i], settings)).ToArray();
        Assert.Equal(1.0, RowAlignment.RowSimilarity(Unkeyed, N("1", "a", "", "", ""), N("1", "a", "", "", ""), settings));
        Assert.Equal(2.0 / 3, RowAlignment.RowSimilarity(Unkeyed, N("1", "a", "x", "", ""), N("1", "a", "", "", ""), settings), 6);
    }
}
