using Signpost.Core.Content;
using Signpost.Core.Rules;

namespace Signpost.Core.Tests.Rules;

public class ScheduleInWordsTests
{
    // Monday 23 November 2026.
    private static readonly DateOnly Monday = new(2026, 11, 23);

    private static ServiceSchedule Session(DayOfWeek day, int opens, int closes, DateOnly? from = null, DateOnly? to = null, string? note = null) =>
        new() { Day = day, Opens = new TimeOnly(opens, 0), Closes = new TimeOnly(closes, 0), ValidFrom = from, ValidTo = to, Note = note };

    private static Service ServiceWith(params ServiceSchedule[] schedules) =>
        new() { Slug = "test", Name = "Test", Schedules = [.. schedules] };

    [Fact]
    public void Sessions_at_the_same_times_are_grouped_by_day()
    {
        var lines = ScheduleInWords.WeeklyPattern([
            Session(DayOfWeek.Wednesday, 18, 20), Session(DayOfWeek.Monday, 18, 20), Session(DayOfWeek.Saturday, 10, 12),
        ]);

        Assert.Equal(["Mondays and Wednesdays, 6pm to 8pm", "Saturdays, 10am to midday"], lines);
    }

    [Fact]
    public void Several_sessions_a_day_each_get_a_line_in_time_order()
    {
        var lines = ScheduleInWords.WeeklyPattern([Session(DayOfWeek.Tuesday, 13, 15), Session(DayOfWeek.Tuesday, 9, 11, note: "Babies")]);

        Assert.Equal(["Tuesdays, 9am to 11am (Babies)", "Tuesdays, 1pm to 3pm"], lines);
    }

    [Fact]
    public void Next_seven_days_start_today_and_name_today_and_tomorrow()
    {
        var days = ScheduleInWords.NextSevenDays(ServiceWith(Session(DayOfWeek.Monday, 18, 20), Session(DayOfWeek.Tuesday, 9, 10)), Monday);

        Assert.Equal(2, days.Count);
        Assert.Equal("Today (Monday 23 November)", days[0].Label);
        Assert.Equal(["6pm to 8pm"], days[0].Sessions);
        Assert.Equal("Tomorrow (Tuesday 24 November)", days[1].Label);
    }

    [Fact]
    public void Closure_dates_mark_the_day_closed_with_the_reason()
    {
        var service = ServiceWith(Session(DayOfWeek.Wednesday, 18, 20));
        service.Closures.Add(new ServiceClosure { Date = new DateOnly(2026, 11, 25), Reason = "Staff training" });

        var day = Assert.Single(ScheduleInWords.NextSevenDays(service, Monday));

        Assert.True(day.IsClosed);
        Assert.Equal("Staff training", day.ClosedReason);
    }

    [Fact]
    public void Sessions_outside_their_valid_dates_do_not_show()
    {
        var service = ServiceWith(
            Session(DayOfWeek.Monday, 9, 10, to: new DateOnly(2026, 11, 22)),
            Session(DayOfWeek.Tuesday, 9, 10, from: new DateOnly(2026, 12, 1)),
            Session(DayOfWeek.Thursday, 9, 10, from: new DateOnly(2026, 11, 1), to: new DateOnly(2026, 12, 1)));

        var day = Assert.Single(ScheduleInWords.NextSevenDays(service, Monday));

        Assert.Equal(DayOfWeek.Thursday, day.Date.DayOfWeek);
    }

    [Fact]
    public void A_24_hour_service_reads_as_every_day_24_hours()
    {
        var schedules = Enum.GetValues<DayOfWeek>().Select(d => new ServiceSchedule { Day = d, Opens = TimeOnly.MinValue, Closes = null });

        Assert.Equal(["Every day, 24 hours"], ScheduleInWords.WeeklyPattern(schedules));
    }
}
