using System.Text.Json;

namespace Transcribe.Web.Tests.Consensus;

/// <summary>`./transcribe consensus`: JSONL in, one decision per line out, in order.</summary>
public sealed class ConsensusCommandTests
{
    static (int Exit, string[] Output, string Errors) Run(string input, params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        int exit = ConsensusCommand.Run(args, new StringReader(input), output, errors);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), errors.ToString());
    }

    [Fact]
    public void Cells_GetOneDecisionEachInInputOrder()
    {
        var (exit, output, _) = Run("""
            {"id": "date", "type": "date", "values": ["Aug. 3, 1923", "3 Aug 1923"]}

            {"id": "number", "type": "integer", "values": ["4187", "4178"]}
            """);

        Assert.Equal(0, exit);
        Assert.Equal(2, output.Length);
        var date = JsonDocument.Parse(output[0]).RootElement;
        Assert.Equal("date", date.GetProperty("id").GetString());
        Assert.Equal("accept", date.GetProperty("decision").GetString());
        var number = JsonDocument.Parse(output[1]).RootElement;
        Assert.Equal("number", number.GetProperty("id").GetString());
        Assert.Equal("more", number.GetProperty("decision").GetString());
        Assert.Equal(2, number.GetProperty("candidates").GetArrayLength());
    }

    [Fact]
    public void Max_OfTwo_SendsADisputeToReviewInsteadOfAskingForMore()
    {
        var (_, output, _) = Run("""{"id": "n", "type": "integer", "values": ["4187", "4178"]}""", "--max", "2");

        Assert.Equal("review", JsonDocument.Parse(output[0]).RootElement.GetProperty("decision").GetString());
    }

    [Fact]
    public void ABadLine_StopsWithItsLineNumber()
    {
        var (exit, output, errors) = Run("""
            {"id": "ok", "type": "text", "values": ["a", "a"]}
            {"id": "bad", "type": "colour", "values": ["red"]}
            """);

        Assert.Equal(1, exit);
        Assert.Single(output);
        Assert.StartsWith("line 2:", errors);
    }

    [Theory]
    [InlineData("--min", "two")]
    [InlineData("--min", "5")]
    public void BadSettings_AreRefusedBeforeReading(string option, string value)
    {
        var (exit, output, errors) = Run("""{"id": "a", "type": "text", "values": ["a"]}""", option, value);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.NotEmpty(errors);
    }
}
