using Transcribe.Core.Consensus;

namespace Transcribe.Core.Tests.Consensus;

public sealed class NumberFoldingTests
{
    [Theory]
    [InlineData("007", "7")]
    [InlineData("1,234", "1234")]
    [InlineData("1.234", "1234")]
    [InlineData("1 234 567", "1234567")]
    [InlineData("1'234", "1234")]
    [InlineData("-0", "0")]
    [InlineData("+42", "42")]
    [InlineData("-042", "-42")]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567890")]
    public void IntegerKey_IgnoresLeadingZerosAndThousandsSeparators(string written, string key) =>
        Assert.Equal(key, NumberFolding.IntegerKey(written));

    [Theory]
    [InlineData("12a")]
    [InlineData("1,23")]
    [InlineData("12.5")]
    [InlineData("1,234.567")]
    [InlineData("")]
    public void IntegerKey_WhenItIsNotAnInteger_GivesNull(string written) =>
        Assert.Null(NumberFolding.IntegerKey(written));

    [Theory]
    [InlineData("1,234.50", "1234.5")]
    [InlineData("1.234,50", "1234.5")]
    [InlineData("1234.5", "1234.5")]
    [InlineData("0012.500", "12.5")]
    [InlineData("12,5", "12.5")]
    [InlineData("1,234", "1234")]
    [InlineData("0,123", "0.123")]
    [InlineData(".5", "0.5")]
    [InlineData("-0.0", "0")]
    [InlineData("12.", "12")]
    public void DecimalKey_ReadsPointAndCommaConventions(string written, string key) =>
        Assert.Equal(key, NumberFolding.DecimalKey(written));

    [Theory]
    [InlineData("12.3.4,5.6")]
    [InlineData("1,2,3")]
    [InlineData("about 12")]
    public void DecimalKey_WhenItIsNotANumber_GivesNull(string written) =>
        Assert.Null(NumberFolding.DecimalKey(written));
}
