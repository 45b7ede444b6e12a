using Signpost.Web.Features.Editor.Scheduling;

namespace Signpost.Web.Tests.Editor.Scheduling;

/// <summary>UK times typed in the form become the right UTC moment either side of the clock change.</summary>
public sealed class ScheduleInputTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("1", "12", "2026", "09:00", "2026-12-01T09:00:00")]
    [InlineData("1", "7", "2027", "09:00", "2027-07-01T08:00:00")]
    [InlineData("1", "7", "2027", "5:30pm", "2027-07-01T16:30:00")]
    [InlineData("1", "12", "2026", "12am", "2026-12-01T00:00:00")]
    [InlineData(" 01 ", "12", "2026", "9.15", "2026-12-01T09:15:00")]
    public void Reads_uk_time_as_utc(string day, string month, string year, string time, string expected)
    {
        var (utc, error) = new ScheduleInput { Day = day, Month = month, Year = year, Time = time }.Read("Publish at", Now);
        Assert.Null(error);
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), utc);
        Assert.Equal(DateTimeKind.Utc, utc!.Value.Kind);
    }

    [Theory]
    [InlineData("1", "12", "2026", "", "Publish at must include a time")]
    [InlineData("", "", "2026", "09:00", "Publish at must include a day and a month")]
    [InlineData("1", "13", "2026", "09:00", "Publish at must be a real date")]
    [InlineData("1", "12", "2026", "9", "Publish at time must be a real time, like 09:00 or 17:30")]
    [InlineData("22", "11", "2026", "08:59", "Publish at must be in the future")]
    public void Refuses_what_is_not_a_future_moment(string day, string month, string year, string time, string message)
    {
        var (utc, error) = new ScheduleInput { Day = day, Month = month, Year = year, Time = time }.Read("Publish at", Now);
        Assert.Null(utc);
        Assert.Equal(message, error);
    }

    [Fact]
    public void Shows_times_in_uk_time() =>
        Assert.Equal("09:00 on 1 July 2027", ScheduleTimes.InWords(new DateTime(2027, 7, 1, 8, 0, 0, DateTimeKind.Utc)));
}
