using Transcribe.Core.Templates;

namespace Transcribe.Core.Tests.Templates;

public sealed class TemplateRulesTests
{
    static readonly HashSet<string> Terms = ["locationID", "locality", "recordedBy", "eventDate"];

    static IReadOnlyList<TemplateProblem> Check(params TemplateField[] fields) => TemplateRules.Problems(fields, Terms);

    [Fact]
    public void AGoodLedgerTemplate_HasNoProblems()
    {
        Assert.Empty(Check(
            new("locality_number", "Locality No.", FieldKind.Text, Required: true, DwcTerm: "locationID"),
            new("collector", "Collector", FieldKind.Text, DwcTerm: "recordedBy"),
            new("date", "Date", FieldKind.Date, DwcTerm: "eventDate"),
            new("volume_note", "Note on the page", FieldKind.LongText, Scope: FieldScope.Page)));
    }

    [Theory]
    [InlineData("Locality")]
    [InlineData("1st")]
    [InlineData("with space")]
    [InlineData("")]
    public void AKeyNotInSnakeCase_IsAProblemOfThatField(string key)
    {
        var problem = Assert.Single(Check(new TemplateField(key, "X", FieldKind.Text)));

        Assert.Equal((0, "Key"), (problem.Index, problem.Field));
    }

    [Fact]
    public void DuplicateKeysOrTerms_AreProblemsOfTheSecondField()
    {
        var problems = Check(
            new("a", "A", FieldKind.Text, DwcTerm: "locality"),
            new("a", "B", FieldKind.Text, DwcTerm: "locality"));

        Assert.Equal([(1, "Key"), (1, "DwcTerm")], problems.Select(p => (p.Index, p.Field)));
    }

    [Fact]
    public void AnUnknownDarwinCoreTerm_IsAProblem() =>
        Assert.Equal("DwcTerm", Assert.Single(Check(new TemplateField("a", "A", FieldKind.Text, DwcTerm: "favouriteColour"))).Field);

    [Fact]
    public void AChoiceFieldWithFewerThanTwoChoices_IsAProblem() =>
        Assert.Equal("Choices", Assert.Single(Check(new TemplateField("a", "A", FieldKind.Choice, Choices: ["only"]))).Field);

    [Fact]
    public void AnInvalidPattern_IsAProblem() =>
        Assert.Equal("Pattern", Assert.Single(Check(new TemplateField("a", "A", FieldKind.Text, Pattern: "([a-z"))).Field);

    [Fact]
    public void ATemplateWithoutRowFields_IsAProblem()
    {
        Assert.NotEmpty(Check());
        Assert.Contains(Check(new TemplateField("a", "A", FieldKind.Text, Scope: FieldScope.Page)), p => p.Index == -1);
    }

    [Theory]
    [InlineData("yesno", FieldKind.YesNo)]
    [InlineData("LongText", FieldKind.LongText)]
    public void KindNames_Parse(string name, FieldKind kind)
    {
        Assert.True(FieldKinds.TryParse(name, out var parsed));
        Assert.Equal(kind, parsed);
        Assert.False(FieldKinds.TryParse("7", out _));
        Assert.False(FieldKinds.TryParse("colour", out _));
    }
}
