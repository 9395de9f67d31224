using System.Text.Json;
using Transcribe.Core.Consensus;

namespace Transcribe.Core.Tests.Consensus;

public sealed class ConsensusJsonTests
{
    private static readonly ConsensusSettings Settings = ConsensusSettings.Default;

    [Fact]
    public void DecideCellLine_AnswersWithTheContractFieldsInOrder()
    {
        var output = ConsensusJson.DecideCellLine("""{"id": "r1.date", "type": "date", "values": ["Aug. 3, 1923", "3 Aug 1923", "8/4/1923"]}""", Settings);
        Assert.Equal(
            """{"id":"r1.date","value":"Aug. 3, 1923","agreement":0.6667,"decision":"accept","candidates":[{"value":"Aug. 3, 1923","support":2},{"value":"8/4/1923","support":1}]}""",
            output);
    }

    [Fact]
    public void DecideCellLine_UsesWeightsWhenGiven()
    {
        var output = ConsensusJson.DecideCellLine("""{"id": "x", "type": "text", "values": ["Lance", "Hell Creek"], "weights": [0.5, 2]}""", Settings);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("Hell Creek", json.RootElement.GetProperty("value").GetString());
        Assert.Equal("more", json.RootElement.GetProperty("decision").GetString());
    }

    [Fact]
    public void DecideCellLine_AtTheMaximumWithoutAgreement_SaysReview()
    {
        var output = ConsensusJson.DecideCellLine("""{"id": "x", "type": "integer", "values": ["1", "2", "3", "4"]}""", Settings);
        Assert.Contains("\"decision\":\"review\"", output);
    }

    [Fact]
    public void DecideCellLine_KeepsAccentsReadable() =>
        Assert.Contains("Peña", ConsensusJson.DecideCellLine("""{"id": "x", "type": "text", "values": ["Peña", "Peña"]}""", Settings));

    [Theory]
    [InlineData("not json", "Not valid JSON")]
    [InlineData("""{"type": "text", "values": []}""", "\"id\"")]
    [InlineData("""{"id": "a", "type": "colour", "values": []}""", "\"type\" must be one of text, longtext")]
    [InlineData("""{"id": "a", "type": "text"}""", "\"values\"")]
    [InlineData("""{"id": "a", "type": "text", "values": [["x"]]}""", "string or null")]
    [InlineData("""{"id": "a", "type": "text", "values": ["x"], "weights": [1, 2]}""", "has 2 numbers but \"values\" has 1")]
    [InlineData("""{"id": "a", "type": "text", "values": ["x"], "weights": [-1]}""", "at least 0")]
    public void ParseCell_WhenTheLineIsBad_SaysWhatIsWrong(string line, string message)
    {
        var error = Assert.Throws<FormatException>(() => ConsensusJson.ParseCell(line));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void DecidePageLine_ReturnsAlignedRowsWithADecisionPerField()
    {
        const string line = """
        {"id": "p1",
         "template": {"fields": [{"key": "no", "type": "text", "isKey": true}, {"key": "date", "type": "date"}], "pageFields": [{"key": "folio", "type": "integer"}]},
         "transcriptions": [
           {"id": "t1", "volunteer": "ann", "rows": [{"no": "1", "date": "Aug 3, 1923"}, {"no": "2", "date": "Aug 4, 1923"}], "pageFields": {"folio": "012"}},
           {"id": "t2", "volunteer": "bob", "weight": 1.2, "rows": [{"no": "2", "date": "4 Aug 1923"}, {"no": "1", "date": "8/3/1923"}], "pageFields": {"folio": "12"}}]}
        """;
        using var json = JsonDocument.Parse(ConsensusJson.DecidePageLine(line.ReplaceLineEndings(" "), Settings));
        var root = json.RootElement;
        Assert.Equal("accept", root.GetProperty("decision").GetString());
        Assert.Equal(EngineVersion.Current, root.GetProperty("engine").GetString());
        // Both say folio 12; the heavier witness's spelling is the best attested.
        Assert.Equal("12", root.GetProperty("pageFields").GetProperty("folio").GetProperty("value").GetString());
        Assert.Equal("accept", root.GetProperty("pageFields").GetProperty("folio").GetProperty("decision").GetString());
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("[0,1]", rows[0].GetProperty("sources").GetRawText());
        var date = rows[0].GetProperty("fields").GetProperty("date");
        Assert.Equal("1923-08-03", date.GetProperty("normalized").GetString());
        Assert.Equal("[\"t1\",\"t2\"]", date.GetProperty("candidates")[0].GetProperty("supporters").GetRawText());
        Assert.False(string.IsNullOrEmpty(date.GetProperty("reason").GetString()));
    }

    [Fact]
    public void ParsePage_WhenAFieldTypeIsUnknown_NamesTheField()
    {
        var error = Assert.Throws<FormatException>(() => ConsensusJson.ParsePage(
            """{"id": "p", "template": {"fields": [{"key": "no", "type": "number"}]}, "transcriptions": []}"""));
        Assert.Contains("\"no\"", error.Message);
    }

    [Fact]
    public void ParsePage_WhenTranscriptionIdsRepeat_Refuses()
    {
        var error = Assert.Throws<FormatException>(() => ConsensusJson.ParsePage(
            """{"id": "p", "template": {"fields": [{"key": "no", "type": "text"}]}, "transcriptions": [{"id": "t", "rows": []}, {"id": "t", "rows": []}]}"""));
        Assert.Contains("used twice", error.Message);
    }
}
