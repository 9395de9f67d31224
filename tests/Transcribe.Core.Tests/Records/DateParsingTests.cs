using Transcribe.Core.Records;

namespace Transcribe.Core.Tests.Records;

public sealed class DateParsingTests
{
    [Theory]
    [InlineData("Aug. 3, 1923")]
    [InlineData("3 Aug 1923")]
    [InlineData("August 3rd, 1923")]
    [InlineData("8/3/1923")]
    [InlineData("8-3-1923")]
    [InlineData("1923-08-03")]
    [InlineData("3.VIII.1923")]
    [InlineData("3 viii 1923")]
    [InlineData("Friday, 3 August 1923")]
    [InlineData("  3   AUG.  1923 ")]
    public void ToEdtf_WhenTheSameDayIsWrittenDifferently_GivesOneValue(string written) =>
        Assert.Equal("1923-08-03", DateParsing.ToEdtf(written, DateOrder.MonthDayYear));

    [Fact]
    public void ToEdtf_WhenTheProjectWritesDayFirst_ReadsNumericDatesDayFirst() =>
        Assert.Equal("1923-03-08", DateParsing.ToEdtf("8/3/1923", DateOrder.DayMonthYear));

    [Fact]
    public void ToEdtf_WhenTheFirstNumberCannotBeAMonth_ReadsItAsTheDayWhateverTheOrder() =>
        Assert.Equal("1923-08-23", DateParsing.ToEdtf("23/8/1923", DateOrder.MonthDayYear));

    [Theory]
    [InlineData("Aug 1923", "1923-08")]
    [InlineData("8/1923", "1923-08")]
    [InlineData("1923", "1923")]
    [InlineData("Summer 1923", "1923-22")]
    [InlineData("1921-22", "1921/1922")]
    [InlineData("1921-1922", "1921/1922")]
    [InlineData("1999-01", "1999-01")]
    [InlineData("1999-2001", "1999/2001")]
    [InlineData("Aug 3-5, 1923", "1923-08-03/1923-08-05")]
    [InlineData("3-5 Aug 1923", "1923-08-03/1923-08-05")]
    [InlineData("Aug-Sep 1923", "1923-08/1923-09")]
    [InlineData("June 1921 to July 1922", "1921-06/1922-07")]
    [InlineData("1923-08-03/1923-08-05", "1923-08-03/1923-08-05")]
    [InlineData("Mch. 2-6, 1911", "1911-03-02/1911-03-06")]
    [InlineData("Sept. 1908", "1908-09")]
    public void ToEdtf_WhenTheDateIsPartialOrARange_KeepsExactlyWhatIsStated(string written, string edtf) =>
        Assert.Equal(edtf, DateParsing.ToEdtf(written, DateOrder.MonthDayYear));

    [Theory]
    [InlineData("1923?", "1923?")]
    [InlineData("ca. 1923", "1923~")]
    [InlineData("c. Aug 1923?", "1923-08%")]
    public void ToEdtf_WhenTheDateIsQualified_KeepsTheQualifier(string written, string edtf) =>
        Assert.Equal(edtf, DateParsing.ToEdtf(written, DateOrder.MonthDayYear));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("same as above")]
    [InlineData("Feb 30, 1923")]
    [InlineData("13/13/1923")]
    [InlineData("8/3/23")]
    [InlineData("3 Aug")]
    [InlineData("1923-1921")]
    [InlineData("Aug 3 1923 Fox Hills")]
    public void ToEdtf_WhenItIsNotADateWeCanRead_GivesNull(string written) =>
        Assert.Null(DateParsing.ToEdtf(written, DateOrder.MonthDayYear));

    [Fact]
    public void ToEdtf_WhenFebruary29IsInALeapYear_AcceptsIt() =>
        Assert.Equal("1924-02-29", DateParsing.ToEdtf("Feb 29, 1924", DateOrder.MonthDayYear));

    [Fact]
    public void TryParse_WhenARangeIsRead_ExposesBothEnds()
    {
        Assert.True(DateParsing.TryParse("Aug 3-5, 1923", DateOrder.MonthDayYear, out var date));
        Assert.Equal(new PartialDate(1923, 8, 3), date.Start);
        Assert.Equal(new PartialDate(1923, 8, 5), date.End);
    }
}
