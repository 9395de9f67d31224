using Transcribe.Core.Entry;
using Transcribe.Core.Templates;

namespace Transcribe.Core.Tests.Entry;

public sealed class EntryRulesTests
{
    static readonly IReadOnlyList<TemplateField> Fields =
    [
        new("folio", "Folio", FieldKind.Integer, FieldScope.Page),
        new("number", "Locality No.", FieldKind.Text, Required: true, Pattern: "[0-9]+[a-z]?"),
        new("date", "Date", FieldKind.Date),
        new("place", "Locality", FieldKind.Text, Required: true),
        new("remarks", "Remarks", FieldKind.LongText),
    ];

    static Dictionary<string, string?> Row(params (string Key, string? Value)[] values) => values.ToDictionary(v => v.Key, v => v.Value);

    static EntryContent Content(params Dictionary<string, string?>[] rows) =>
        EntryRules.Clean(Fields, rows, new Dictionary<string, string?> { ["folio"] = "67" }, forSubmit: true);

    [Fact]
    public void Clean_DropsUnknownKeysAndEmptyValues_AndEmptyRowsOnSubmit()
    {
        var rows = new[] { Row(("number", "4187"), ("hacker", "x"), ("date", "  ")), Row(("place", "")), Row(("remarks", "a\r\nb")) };
        var content = EntryRules.Clean(Fields, rows, new Dictionary<string, string?> { ["folio"] = " 67 ", ["number"] = "1" }, forSubmit: true);

        Assert.Equal(2, content.Rows.Count);
        Assert.Equal(new Dictionary<string, string> { ["number"] = "4187" }, content.Rows[0]);
        Assert.Equal("a\nb", content.Rows[1]["remarks"]);
        Assert.Equal(new Dictionary<string, string> { ["folio"] = "67" }, content.PageFields);
    }

    [Fact]
    public void Clean_KeepsEmptyRowsInADraft()
    {
        var content = EntryRules.Clean(Fields, [Row(("number", "1")), Row()], null, forSubmit: false);
        Assert.Equal(2, content.Rows.Count);
        Assert.Empty(content.PageFields);
    }

    [Fact]
    public void Problems_OfAGoodPage_AreNone()
    {
        var content = Content(Row(("number", "4187"), ("place", "Lance Creek"), ("date", "Aug. 3, 1923")));
        Assert.Empty(EntryRules.Problems(Fields, content, new EntryLimits()));
    }

    [Fact]
    public void Problems_NameRowAndField_AndRequiredOnlyOnTypedRows()
    {
        var content = EntryRules.Clean(Fields, [Row(("number", "41x7"), ("place", "Lance Creek")), Row(("date", "1923")), Row()],
            new Dictionary<string, string?> { ["folio"] = "sixty" }, forSubmit: false);

        var problems = EntryRules.Problems(Fields, content, new EntryLimits());

        Assert.Equal([(null, "folio"), (0, "number"), (1, "number"), (1, "place")], problems.Select(p => (p.Row, p.Key)).ToArray());
        Assert.All(problems, p => Assert.True(p.Blocking));
        Assert.False(EntryRules.CanSubmit(problems));
    }

    [Fact]
    public void Problems_UnreadableDate_IsAWarningThatDoesNotBlock()
    {
        var content = Content(Row(("number", "4187"), ("place", "Lance Creek"), ("date", "the spring after the flood")));
        var problem = Assert.Single(EntryRules.Problems(Fields, content, new EntryLimits()));
        Assert.Equal("date", problem.Key);
        Assert.False(problem.Blocking);
        Assert.True(EntryRules.CanSubmit([problem]));
    }

    [Fact]
    public void Problems_NoRowsAtAll_AsksForARowOrAFlag()
    {
        var problem = Assert.Single(EntryRules.Problems(Fields, Content(), new EntryLimits()));
        Assert.Null(problem.Row);
        Assert.Contains("flag it as blank", problem.Message);
    }

    [Fact]
    public void LimitProblems_CountRowsAndLength()
    {
        var rows = Enumerable.Range(0, 4).Select(i => Row(("number", $"{i}"), ("place", "x"))).Append(Row(("number", "5"), ("place", new string('a', 21))));
        var content = EntryRules.Clean(Fields, rows, null, forSubmit: true);

        var problems = EntryRules.LimitProblems(content, new EntryLimits(MaxFieldLength: 20, MaxRows: 4));

        Assert.Equal(2, problems.Count);
        Assert.Contains("at most 4", problems[0].Message);
        Assert.Equal((4, "place"), (problems[1].Row, problems[1].Key));
        Assert.Contains("at most 20", problems[1].Message);
        Assert.Empty(EntryRules.LimitProblems(content, new EntryLimits(MaxFieldLength: 21, MaxRows: 5)));
    }

    [Fact]
    public void Check_OneValue_AsTyped()
    {
        Assert.Null(EntryRules.Check(Fields[1], "4187a", 0));
        Assert.Equal("number", EntryRules.Check(Fields[1], "4187-A", 3)?.Key);
        Assert.Equal(3, EntryRules.Check(Fields[1], "4187-A", 3)?.Row);
        Assert.True(EntryRules.Check(Fields[1], "", 0)?.Blocking);
    }
}
