namespace Signpost.Search.Tests;

/// <summary>Services with the same weekly sessions or labels share one array, and nothing else is shared by mistake.</summary>
public class SharedArraysTests
{
    private static readonly SearchSession ThursdayEvening = new(DayOfWeek.Thursday, new TimeOnly(18, 30), new TimeOnly(20, 30), null, null);
    private static readonly SearchSession SaturdayMorning = new(DayOfWeek.Saturday, new TimeOnly(10, 0), new TimeOnly(12, 0), null, null);

    [Fact]
    public void Equal_timetables_are_one_array_and_different_ones_are_not()
    {
        using var index = TestDocuments.Build(
            TestDocuments.Service("Youth club", sessions: [ThursdayEvening with { }, SaturdayMorning]),
            TestDocuments.Service("Drama club", sessions: [ThursdayEvening, SaturdayMorning with { }]),
            TestDocuments.Service("Chess club", sessions: [SaturdayMorning, ThursdayEvening]),
            TestDocuments.Service("Film club", sessions: [ThursdayEvening with { Closes = new TimeOnly(21, 0) }, SaturdayMorning]));

        var timetables = index.Services.Skip(1).Select(s => s!.Source.Sessions).ToArray();

        Assert.Same(timetables[0], timetables[1]);
        Assert.NotSame(timetables[0], timetables[2]);
        Assert.NotSame(timetables[0], timetables[3]);
        Assert.Same(timetables[0][1], timetables[2][0]);
        Assert.Equal(new TimeOnly(21, 0), timetables[3][0].Closes);
    }

    [Fact]
    public void A_shared_timetable_still_answers_day_filters_for_each_service()
    {
        using var index = TestDocuments.Build(
            TestDocuments.Service("Youth club", sessions: [ThursdayEvening]),
            TestDocuments.Service("Drama club", sessions: [ThursdayEvening with { }]),
            TestDocuments.Service("Chess club", sessions: [SaturdayMorning]));

        var thursday = index.Search(TestDocuments.Request() with { Days = [DayOfWeek.Thursday] });

        Assert.Equal(["Drama club", "Youth club"], thursday.Hits.Select(h => h.Name).Order());
    }

    [Fact]
    public void Equal_label_lists_are_one_array_and_a_different_order_is_not()
    {
        var club = TestDocuments.Term("youth-clubs", "Youth clubs");
        var music = TestDocuments.Term("music", "Music");
        using var index = TestDocuments.Build(
            TestDocuments.Service("Youth club", categories: [club, music]),
            TestDocuments.Service("Drama club", categories: [club with { }, music with { }]),
            TestDocuments.Service("Band night", categories: [music, club]));

        var labels = index.Services.Skip(1).Select(s => s!.CategoryLabels).ToArray();

        Assert.Same(labels[0], labels[1]);
        Assert.NotSame(labels[0], labels[2]);
        Assert.Equal(["Music", "Youth clubs"], labels[2]);
    }
}
