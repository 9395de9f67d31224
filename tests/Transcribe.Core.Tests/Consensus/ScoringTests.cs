using Transcribe.Core.Consensus;
using static Transcribe.Core.Tests.Consensus.LedgerRows;

namespace Transcribe.Core.Tests.Consensus;

public sealed class ScoringTests
{
    private static readonly PageTemplate Template = new(
        [new FieldSpec("locality_number", FieldType.Text, IsKey: true), new FieldSpec("collector", FieldType.Text),
         new FieldSpec("date", FieldType.Date), new FieldSpec("locality", FieldType.Text), new FieldSpec("formation", FieldType.Text)],
        [new FieldSpec("folio", FieldType.Integer)]);

    private static Transcription T(string id, params IReadOnlyDictionary<string, string>[] rows) =>
        new(id, "v-" + id, 1.0, rows, new Dictionary<string, string> { ["folio"] = "12" });

    private static IReadOnlyDictionary<string, string> With(IReadOnlyDictionary<string, string> row, string key, string value) =>
        row.ToDictionary(p => p.Key, p => p.Key == key ? value : p.Value);

    private static IReadOnlyDictionary<string, TranscriptionScore> Score(params Transcription[] transcriptions) =>
        Scoring.Score(PageConsensus.Decide(Template, transcriptions, ConsensusSettings.Default), transcriptions.Select(t => t.Id));

    [Fact]
    public void Score_WhenAllAgree_EachAgreesOnEveryField()
    {
        var scores = Score(T("1", R1, R2), T("2", R1, R2), T("3", R1, R2));

        // One page field and five fields in each of two rows.
        Assert.All(scores.Values, s => Assert.Equal(new TranscriptionScore(11, 11), s));
    }

    [Fact]
    public void Score_ADissenterOnAnAcceptedField_IsComparedButDoesNotAgree()
    {
        var scores = Score(T("1", R1, R2), T("2", R1, With(R2, "formation", "Fort Onion")), T("3", R1, R2));

        Assert.Equal(new TranscriptionScore(10, 11), scores["2"]);
        Assert.Equal(new TranscriptionScore(11, 11), scores["1"]);
    }

    [Fact]
    public void Score_DisputedFields_CountForNoOne()
    {
        var scores = Score(T("1", R1, R2), T("2", R1, With(R2, "formation", "Fort Onion")));

        Assert.Equal(new TranscriptionScore(10, 10), scores["1"]);
        Assert.Equal(new TranscriptionScore(10, 10), scores["2"]);
    }

    [Fact]
    public void Score_ATranscriptionWithoutAKeptRow_AbstainsOnItsFields()
    {
        var scores = Score(T("1", R1, R2, R3), T("2", R1, R3), T("3", R1, R2, R3));

        Assert.Equal(new TranscriptionScore(11, 11), scores["2"]);
        Assert.Equal(new TranscriptionScore(16, 16), scores["1"]);
    }

    [Fact]
    public void Score_TheFieldsOfADroppedRow_CountForNoOne()
    {
        var scores = Score(T("1", R1, R2), T("2", R1, R2, R4), T("3", R1, R2));

        Assert.Equal(new TranscriptionScore(11, 11), scores["2"]);
    }

    [Fact]
    public void Score_ATranscriptionTheDecisionNeverNames_ScoresNothing()
    {
        var page = PageConsensus.Decide(Template, [T("1", R1), T("2", R1)], ConsensusSettings.Default);

        Assert.Equal(new TranscriptionScore(0, 0), Scoring.Score(page, ["1", "2", "99"])["99"]);
    }

    [Fact]
    public void Score_ALongTextAcceptedWordByWord_ThatNoOneTypedWhole_ScoresNoOne()
    {
        var composed = new FieldDecision("a b c", 0.9, Decision.Accept,
            [new Candidate("a b x", 1, ["1"], "a b x"), new Candidate("a y c", 1, ["2"], "a y c")], "a b c", "words voted");
        var page = new PageDecision(new Dictionary<string, FieldDecision> { ["remarks"] = composed }, [], Decision.Accept, 2, EngineVersion.Current);

        Assert.All(Scoring.Score(page, ["1", "2"]).Values, s => Assert.Equal(new TranscriptionScore(0, 0), s));
    }

    [Fact]
    public void Score_ABlankAcceptedAsBlank_CountsAsAgreeing()
    {
        var blank = new FieldDecision("", 1, Decision.Accept, [new Candidate("", 2, ["1", "2"], "")], "", "2 of 2 left it blank.");
        var page = new PageDecision(new Dictionary<string, FieldDecision> { ["note"] = blank }, [], Decision.Accept, 2, EngineVersion.Current);

        Assert.Equal(new TranscriptionScore(1, 1), Scoring.Score(page, ["1", "2"])["1"]);
    }
}
