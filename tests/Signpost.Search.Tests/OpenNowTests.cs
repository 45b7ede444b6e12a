namespace Signpost.Search.Tests;

using static TestDocuments;

public class OpenNowTests
{
    // Monday 23 November 2026.
    private static readonly DateTime MondayTenAm = new(2026, 11, 23, 10, 0, 0);

    private static bool OpenAt(SearchDocument document, DateTime at)
    {
        using var index = Build(document);
        var filtered = index.Search(Request() with { OpenAt = at }).Total == 1;
        var tagged = index.Search(Request() with { Now = at }).Hits.Single().OpenNow;
        Assert.Equal(filtered, tagged);
        return filtered;
    }

    private static SearchSession Session(DayOfWeek day, int opens, int? closes, DateOnly? from = null, DateOnly? to = null) =>
        new(day, new TimeOnly(opens, 0), closes is null ? null : new TimeOnly(closes.Value, 0), from, to);

    [Fact]
    public void Open_during_a_session_and_closed_outside_it()
    {
        var service = Service("Drop-in", sessions: [Session(DayOfWeek.Monday, 9, 12)]);

        Assert.True(OpenAt(service, MondayTenAm));
        Assert.False(OpenAt(service, MondayTenAm.AddHours(2)));
        Assert.False(OpenAt(service, MondayTenAm.AddDays(1)));
    }

    [Fact]
    public void A_service_with_no_sessions_is_never_open_now()
    {
        Assert.False(OpenAt(Service("Helpline"), MondayTenAm));
    }

    [Fact]
    public void A_midnight_to_midnight_session_is_open_all_day()
    {
        var service = Service("Helpline", sessions: [Session(DayOfWeek.Monday, 0, null)]);

        Assert.True(OpenAt(service, MondayTenAm.Date));
        Assert.True(OpenAt(service, MondayTenAm.Date.AddHours(23).AddMinutes(59)));
        Assert.False(OpenAt(service, MondayTenAm.Date.AddDays(1)));
    }

    [Fact]
    public void A_session_past_midnight_is_open_early_the_next_day()
    {
        var service = Service("Night line", sessions: [Session(DayOfWeek.Monday, 22, 2)]);

        Assert.True(OpenAt(service, MondayTenAm.Date.AddHours(23)));
        Assert.True(OpenAt(service, MondayTenAm.Date.AddDays(1).AddHours(1)));
        Assert.False(OpenAt(service, MondayTenAm.Date.AddHours(1)));
    }

    [Fact]
    public void A_closure_date_closes_the_service()
    {
        var service = Service("Drop-in", sessions: [Session(DayOfWeek.Monday, 9, 12)], closures: [DateOnly.FromDateTime(MondayTenAm)]);

        Assert.False(OpenAt(service, MondayTenAm));
        Assert.True(OpenAt(service, MondayTenAm.AddDays(7)));
    }

    [Fact]
    public void Sessions_outside_their_valid_dates_do_not_count()
    {
        var today = DateOnly.FromDateTime(MondayTenAm);
        var service = Service("Term time", sessions: [Session(DayOfWeek.Monday, 9, 12, from: today.AddDays(1), to: today.AddDays(30))]);

        Assert.False(OpenAt(service, MondayTenAm));
        Assert.True(OpenAt(service, MondayTenAm.AddDays(7)));
        Assert.False(OpenAt(service, MondayTenAm.AddDays(35)));
    }
}
