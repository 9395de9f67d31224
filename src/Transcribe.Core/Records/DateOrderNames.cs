namespace Transcribe.Core.Records;

/// <summary>The short names a project's date order is stored and chosen by: mdy (8/3/1923 is 3 August) and dmy (8 March).</summary>
public static class DateOrderNames
{
    public static string ToDb(this DateOrder order) => order switch
    {
        DateOrder.MonthDayYear => "mdy",
        DateOrder.DayMonthYear => "dmy",
        _ => throw new ArgumentOutOfRangeException(nameof(order)),
    };

    public static DateOrder FromDb(string value) => value switch
    {
        "mdy" => DateOrder.MonthDayYear,
        "dmy" => DateOrder.DayMonthYear,
        _ => throw new ArgumentException($"Unknown date order '{value}'.", nameof(value)),
    };
}
