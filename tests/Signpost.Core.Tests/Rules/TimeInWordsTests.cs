using Signpost.Core.Rules;

namespace Signpost.Core.Tests.Rules;

public class TimeInWordsTests
{
    [Theory]
    [InlineData(9, 0, "9am")]
    [InlineData(17, 30, "5:30pm")]
    [InlineData(12, 0, "midday")]
    [InlineData(0, 0, "midnight")]
    [InlineData(12, 15, "12:15pm")]
    [InlineData(0, 30, "12:30am")]
    public void Times_read_the_gov_uk_way(int hour, int minute, string expected) =>
        Assert.Equal(expected, TimeInWords.Time(new TimeOnly(hour, minute)));

    [Fact]
    public void A_whole_day_span_reads_as_24_hours() =>
        Assert.Equal("24 hours", TimeInWords.Span(TimeOnly.MinValue, null));

    [Fact]
    public void A_span_to_the_end_of_the_day_ends_at_midnight() =>
        Assert.Equal("6pm to midnight", TimeInWords.Span(new TimeOnly(18, 0), null));

    [Theory]
    [InlineData(new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }, "Monday to Friday")]
    [InlineData(new[] { DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday }, "Every day")]
    [InlineData(new[] { DayOfWeek.Wednesday, DayOfWeek.Monday }, "Mondays and Wednesdays")]
    [InlineData(new[] { DayOfWeek.Sunday, DayOfWeek.Saturday }, "Saturdays and Sundays")]
    [InlineData(new[] { DayOfWeek.Friday, DayOfWeek.Monday, DayOfWeek.Wednesday }, "Mondays, Wednesdays and Fridays")]
    [InlineData(new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday }, "Monday to Saturday")]
    public void Days_read_monday_first(DayOfWeek[] days, string expected) =>
        Assert.Equal(expected, TimeInWords.Days(days));
}
