using Transcribe.Core.Records;

namespace Transcribe.Core.Tests.Records;

public sealed class DateOrderNamesTests
{
    [Fact]
    public void DbNames_RoundTripForEveryOrder()
    {
        foreach (var order in Enum.GetValues<DateOrder>())
            Assert.Equal(order, DateOrderNames.FromDb(order.ToDb()));
        Assert.Equal("mdy", DateOrder.MonthDayYear.ToDb());
        Assert.Equal("dmy", DateOrder.DayMonthYear.ToDb());
    }

    [Fact]
    public void FromDb_AnUnknownName_IsRefused() => Assert.Throws<ArgumentException>(() => DateOrderNames.FromDb("MDY"));
}
