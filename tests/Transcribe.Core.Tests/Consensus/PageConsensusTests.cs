using Transcribe.Core.Consensus;
using static Transcribe.Core.Tests.Consensus.LedgerRows;

namespace Transcribe.Core.Tests.Consensus;

public sealed class PageConsensusTests
{
    private static readonly PageTemplate Template = new(
        [
            new FieldSpec("locality_number", FieldType.Text, IsKey: true), new FieldSpec("collector", FieldType.Text),
            new FieldSpec("date", FieldType.Date), new FieldSpec("locality", FieldType.Text), new FieldSpec("formation", FieldType.Text),
        ],
        [new FieldSpec("folio", FieldType.Integer)]);

    private static readonly ConsensusSettings Settings = new(Abbreviations: new Dictionary<string, string> { ["mi."] = "miles" });

    private static Transcription T(string id, params IReadOnlyDictionary<string, string>[] rows) =>
        new(id, "v-" + id, 1.0, rows, new Dictionary<string, string> { ["folio"] = "12" });

    private static IReadOnlyDictionary<string, string> With(IReadOnlyDictionary<string, string> row, string key, string value) =>
        row.ToDictionary(p => p.Key, p => p.Key == key ? value : p.Value);

    [Fact]
    public void Decide_WhenTheFirstTwoTranscriptionsAgreeEverywhere_AcceptsThePageWithTwo()
    {
        var page = PageConsensus.Decide(Template, [T("a", R1, R2, R3), T("b", With(R1, "locality", "2 miles N. of Harlowton"), R2, With(R3, "date", "8/6/1923"))], Settings);
        Assert.Equal(Decision.Accept, page.Decision);
        Assert.Equal(3, page.KeptRows.Count());
        Assert.Equal(EngineVersion.Current, page.EngineVersion);
        Assert.Equal("12", page.PageFields["folio"].Value);
    }

    [Fact]
    public void Decide_WhenOneFieldDiffersOnASmallPage_AsksForOneMoreTranscription()
    {
        var page = PageConsensus.Decide(Template, [T("a", R1, R2), T("b", R1, With(R2, "formation", "Fort Onion"))], Settings);
        Assert.Equal(Decision.More, page.Decision);
        var disputed = page.Rows[1].Fields["formation"];
        Assert.Equal(Decision.More, disputed.Decision);
        Assert.Equal(Decision.Accept, page.Rows[0].Decision);
    }

    [Fact]
    public void Decide_WhenAThirdTranscriptionSettlesTheDispute_AcceptsTheMajority()
    {
        var page = PageConsensus.Decide(Template,
            [T("a", R1, R2), T("b", R1, With(R2, "formation", "Fort Onion")), T("c", R1, R2)], Settings);
        Assert.Equal(Decision.Accept, page.Decision);
        Assert.Equal("Fort Union", page.Rows[1].Fields["formation"].Value);
        Assert.Equal(["a", "c"], page.Rows[1].Fields["formation"].Candidates[0].Supporters);
    }

    [Fact]
    public void Decide_WhenOneVolunteerDoublesARow_TheCopyIsOutvotedAndDropped()
    {
        var page = PageConsensus.Decide(Template, [T("a", R1, R2, R3), T("b", R1, R2, R2, R3), T("c", R1, R2, R3)], Settings);
        Assert.Equal(Decision.Accept, page.Decision);
        Assert.Equal(4, page.Rows.Count);
        var dropped = Assert.Single(page.Rows, r => !r.Kept);
        Assert.Equal(AlignedRow.Absent, dropped.Presence.Value);
        Assert.Equal(["3421", "3422", "3423"], page.KeptRows.Select(r => r.Fields["locality_number"].Value));
    }

    [Fact]
    public void Decide_WhenOneVolunteerSkipsARow_TheOthersKeepIt_AndTheSkipperAbstains()
    {
        var page = PageConsensus.Decide(Template, [T("a", R1, R2, R3), T("b", R1, R3), T("c", R1, R2, R3)], Settings);
        Assert.Equal(Decision.Accept, page.Decision);
        var middle = page.Rows[1];
        Assert.True(middle.Kept);
        Assert.Equal([0 + 1, null, 1], middle.Sources);
        Assert.Equal(1.0, middle.Fields["locality"].Agreement);
    }

    [Fact]
    public void Decide_WhenTwoTranscriptionsDisagreeOnWhetherARowExists_AsksForMore()
    {
        var page = PageConsensus.Decide(Template, [T("a", R1, R2), T("b", R1)], Settings);
        Assert.Equal(Decision.More, page.Decision);
        Assert.Equal(Decision.More, page.Rows[1].Presence.Decision);
        Assert.True(page.Rows[1].Kept);
    }

    [Fact]
    public void Decide_WhenADisputeSurvivesTheMaximum_SendsThePageToReview()
    {
        var page = PageConsensus.Decide(Template,
        [
            T("a", R1), T("b", With(R1, "collector", "C. W. Gilmour")),
            T("c", With(R1, "collector", "C. M. Gilmore")), T("d", With(R1, "collector", "G. W. Gilmore")),
        ], Settings);
        Assert.Equal(Decision.Review, page.Decision);
        Assert.Equal(Decision.Review, page.Rows[0].Fields["collector"].Decision);
        Assert.Equal(Decision.Accept, page.Rows[0].Fields["locality"].Decision);
    }

    [Fact]
    public void Decide_WhenRowsAreEntirelyBlank_IgnoresThem()
    {
        var blank = Row("", "", "", "", "");
        var page = PageConsensus.Decide(Template, [T("a", R1, blank), T("b", blank, R1)], Settings);
        Assert.Equal(Decision.Accept, page.Decision);
        var row = Assert.Single(page.Rows);
        Assert.Equal([0, 1], row.Sources);
    }

    [Fact]
    public void Decide_WithNoTranscriptions_AsksForMore()
    {
        var page = PageConsensus.Decide(Template, [], Settings);
        Assert.Equal(Decision.More, page.Decision);
        Assert.Empty(page.Rows);
    }

    [Fact]
    public void Decide_WithReliabilityWeights_LetsTheReliableVolunteerBreakATie()
    {
        var strong = T("a", R1) with { Weight = Reliability.Weight(400, 400) };
        var weak = T("b", With(R1, "formation", "Fort Onion")) with { Weight = Reliability.Weight(0, 0) };
        var page = PageConsensus.Decide(Template, [weak, strong], Settings);
        Assert.Equal("Fort Union", page.Rows[0].Fields["formation"].Value);
        Assert.Equal(Decision.More, page.Rows[0].Fields["formation"].Decision);
    }

    // Four rows of five fields, their presences and the folio: 25 decisions, so 2 disputes are exactly 8 %.
    private static readonly ConsensusSettings EightPercent = Settings with { MoreWhenDisputedShare = 0.08 };

    [Fact]
    public void Decide_WhenDisputesAreJustBelowTheProjectShare_SendsOnlyTheDisputedFieldToReview()
    {
        var page = PageConsensus.Decide(Template, [T("a", R1, R2, R3, R4), T("b", R1, With(R2, "formation", "Fort Onion"), R3, R4)], EightPercent);
        Assert.Equal(Decision.Review, page.Decision);
        var disputed = page.Rows[1].Fields["formation"];
        Assert.Equal(Decision.Review, disputed.Decision);
        Assert.Contains("too few disputes to ask the crowd again (1 of 25 decisions disputed", disputed.Reason);
        Assert.DoesNotContain("asking for another transcription", disputed.Reason);
        Assert.Equal(Decision.Review, page.Rows[1].Decision);
    }

    [Fact]
    public void Decide_WhenDisputesReachTheProjectShare_AsksForOneMoreTranscription()
    {
        var page = PageConsensus.Decide(Template,
            [T("a", R1, R2, R3, R4), T("b", R1, With(R2, "formation", "Fort Onion"), With(R3, "collector", "C. W. Gilmour"), R4)], EightPercent);
        Assert.Equal(Decision.More, page.Decision);
        Assert.Equal(Decision.More, page.Rows[1].Fields["formation"].Decision);
        Assert.Equal(Decision.More, page.Rows[2].Fields["collector"].Decision);
        Assert.Contains("asking for another transcription (2 so far)", page.Rows[1].Fields["formation"].Reason);
    }

    [Fact]
    public void Decide_WhenAPageGoesToReviewForFewDisputes_ItsAgreedFieldsStayAccepted()
    {
        var page = PageConsensus.Decide(Template, [T("a", R1, R2, R3, R4), T("b", R1, With(R2, "formation", "Fort Onion"), R3, R4)], EightPercent);
        var accepted = page.PageFields.Values.Concat(page.Rows.Select(r => r.Presence)).Concat(page.Rows.SelectMany(r => r.Fields.Values))
            .Where(f => f != page.Rows[1].Fields["formation"]).ToList();
        Assert.Equal(24, accepted.Count);
        Assert.All(accepted, f => Assert.Equal(Decision.Accept, f.Decision));
        Assert.Equal([Decision.Accept, Decision.Review, Decision.Accept, Decision.Accept], page.Rows.Select(r => r.Decision));
    }

    [Fact]
    public void Decide_WhenManyFieldsAreDisputed_StillAsksForMoreUnderTheDefaultPolicy()
    {
        var sloppy = new[] { R1, R2, R3, R4 }.Select(r => With(With(r, "collector", "Gilmour"), "formation", "Onion")).ToArray();
        var page = PageConsensus.Decide(Template, [T("a", R1, R2, R3, R4), T("b", sloppy)], Settings);
        Assert.Equal(ConsensusSettings.DefaultMoreWhenDisputedShare, Settings.MoreWhenDisputedShare);
        Assert.Equal(Decision.More, page.Decision);
        Assert.All(page.Rows, r => Assert.Equal(Decision.More, r.Fields["formation"].Decision));
    }

    [Fact]
    public void Decide_WhenTheMaximumIsReached_SendsTheDisputesToReviewWhateverTheirShare()
    {
        var other = With(R1, "collector", "C. W. Gilmour");
        var page = PageConsensus.Decide(Template, [T("a", R1), T("b", other), T("c", With(R1, "collector", "G. Gilmore")), T("d", other)],
            Settings with { MoreWhenDisputedShare = 0 });
        Assert.Equal(Decision.Review, page.Decision);
        var collector = page.Rows[0].Fields["collector"];
        Assert.Equal(Decision.Review, collector.Decision);
        Assert.EndsWith("for review after 4 transcriptions.", collector.Reason);
        Assert.DoesNotContain("too few disputes", collector.Reason);
    }

    [Fact]
    public void Decide_WhenTheShareIsZero_AnySingleDisputeAsksForMore()
    {
        var rows = Enumerable.Range(0, 20).Select(i => Row((5000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), "C. W. Gilmore", "Aug. 3, 1923", $"Creek {i}", "Lance")).ToArray();
        var disputed = rows.Select((r, i) => i == 7 ? With(r, "formation", "Lancer") : r).ToArray();
        var page = PageConsensus.Decide(Template, [T("a", rows), T("b", disputed)], Settings with { MoreWhenDisputedShare = 0 });
        Assert.Equal(Decision.More, page.Decision);
        Assert.Equal(Decision.More, page.Rows[7].Fields["formation"].Decision);
    }

    [Fact]
    public void Decide_WhenADisputedRowPresenceGoesToReview_ItsReasonSaysWhy()
    {
        var page = PageConsensus.Decide(Template, [T("a", R1, R2, R3, R4), T("b", R1, R2, R4)], Settings with { MoreWhenDisputedShare = 0.5 });
        Assert.Equal(Decision.Review, page.Decision);
        var presence = page.Rows[2].Presence;
        Assert.Equal(Decision.Review, presence.Decision);
        Assert.StartsWith("1 of 2 transcriptions have this row; for review after 2 transcriptions: the page has too few disputes", presence.Reason);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Settings_WithAShareOutsideZeroToOne_NameTheProblem(double share) =>
        Assert.Equal("MoreWhenDisputedShare must be in [0, 1].", (ConsensusSettings.Default with { MoreWhenDisputedShare = share }).Problem);
}
