using Transcribe.Core.Templates;

namespace Transcribe.Core.Tests.Templates;

public sealed class FieldValidationTests
{
    static TemplateField Field(FieldKind kind, bool required = false, string? pattern = null, string[]? choices = null) =>
        new("f", "Field", kind, Required: required, Pattern: pattern, Choices: choices);

    [Theory]
    [InlineData(FieldKind.Integer, "4187")]
    [InlineData(FieldKind.Integer, "0042")]
    [InlineData(FieldKind.Integer, "12,500")]
    [InlineData(FieldKind.Decimal, "12.5")]
    [InlineData(FieldKind.Date, "Aug. 3, 1923")]
    [InlineData(FieldKind.Date, "Aug 1923")]
    [InlineData(FieldKind.Date, "1921-22")]
    [InlineData(FieldKind.Coordinate, "42°46'N 104°27'W")]
    [InlineData(FieldKind.Coordinate, "42.77, -104.45")]
    [InlineData(FieldKind.YesNo, "Yes")]
    [InlineData(FieldKind.Text, "<script>alert(1)</script>")]
    public void Problem_OfAValueThatFitsItsKind_IsNone(FieldKind kind, string value) =>
        Assert.Null(FieldValidation.Problem(Field(kind), value));

    [Theory]
    [InlineData(FieldKind.Integer, "41a7", "whole number")]
    [InlineData(FieldKind.Decimal, "twelve", "number")]
    [InlineData(FieldKind.Date, "sometime", "date")]
    [InlineData(FieldKind.Coordinate, "north of the river", "coordinate")]
    [InlineData(FieldKind.YesNo, "maybe", "yes or no")]
    public void Problem_OfAValueThatDoesNotFit_SaysWhatIsExpected(FieldKind kind, string value, string expected) =>
        Assert.Contains(expected, FieldValidation.Problem(Field(kind), value));

    [Fact]
    public void Problem_OfAnEmptyValue_OnlyMattersWhenRequired()
    {
        Assert.Null(FieldValidation.Problem(Field(FieldKind.Integer), "  "));
        Assert.Contains("required", FieldValidation.Problem(Field(FieldKind.Integer, required: true), "  "));
    }

    [Fact]
    public void Problem_OfAChoice_AcceptsListedValuesInAnyCase()
    {
        var field = Field(FieldKind.Choice, choices: ["Cretaceous", "Jurassic"]);

        Assert.Null(FieldValidation.Problem(field, "jurassic"));
        Assert.Contains("Cretaceous, Jurassic", FieldValidation.Problem(field, "Triassic"));
    }

    [Fact]
    public void Pattern_MustMatchTheWholeValue()
    {
        var field = Field(FieldKind.Text, pattern: "[0-9]+[a-z]?");

        Assert.Null(FieldValidation.Problem(field, "4187a"));
        Assert.NotNull(FieldValidation.Problem(field, "no. 4187"));
    }

    [Fact]
    public void Pattern_ThatRunsTooLong_CountsAsNoMatchInsteadOfHanging()
    {
        // Catastrophic backtracking: would run for ages without the time limit.
        Assert.False(FieldValidation.MatchesPattern("(a+)+b", new string('a', 40) + "c"));
    }
}
