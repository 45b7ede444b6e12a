namespace Signpost.Search.Tests;

using static TestDocuments;

public class FilterTests
{
    private static readonly SearchTerm Health = Term("health", "Health");
    private static readonly SearchTerm SexualHealth = Term("sexual-health", "Sexual health", "health");
    private static readonly SearchTerm Sport = Term("sport", "Sport");

    private static SearchIndex Directory() => Build(
        Service("Clinic", free: true, categories: [SexualHealth, Health], needs: [Term("confidential", "Confidential")],
            audiences: ["young-people"], access: ["drop-in"], delivery: ["in-person"], languages: ["English", "Polish"],
            accessibility: ["step-free"],
            sessions: [new(DayOfWeek.Monday, new(9, 0), new(11, 0), null, null)]),
        Service("Football", categories: [Sport], audiences: ["young-people"], access: ["self-referral"], delivery: ["in-person"],
            sessions: [new(DayOfWeek.Friday, new(18, 0), new(20, 0), null, null)]),
        Service("Parent line", free: true, categories: [Health], audiences: ["parents-carers"], access: ["self-referral"],
            delivery: ["phone", "online"], languages: ["English"],
            sessions: [new(DayOfWeek.Monday, new(13, 0), new(16, 0), null, null)]));

    private static IEnumerable<string> Names(SearchIndex index, SearchRequest request) =>
        index.Search(request).Hits.Select(h => h.Name).Order();

    [Fact]
    public void A_parent_category_matches_its_children()
    {
        using var index = Directory();

        Assert.Equal(["Clinic", "Parent line"], Names(index, Request() with { Categories = ["health"] }));
        Assert.Equal(["Clinic"], Names(index, Request() with { Categories = ["sexual-health"] }));
    }

    [Fact]
    public void Values_in_one_group_are_ored()
    {
        using var index = Directory();

        Assert.Equal(["Clinic", "Football"], Names(index, Request() with { Categories = ["sexual-health", "sport"] }));
    }

    [Fact]
    public void Groups_are_anded()
    {
        using var index = Directory();

        Assert.Equal(["Parent line"], Names(index, Request() with { Categories = ["health"], AccessRoutes = ["self-referral"] }));
        Assert.Empty(Names(index, Request() with { Categories = ["sport"], FreeOnly = true }));
    }

    [Theory]
    [InlineData("need", "confidential", "Clinic")]
    [InlineData("audience", "parents-carers", "Parent line")]
    [InlineData("access", "drop-in", "Clinic")]
    [InlineData("delivery", "online", "Parent line")]
    [InlineData("language", "polish", "Clinic")]
    [InlineData("accessibility", "step-free", "Clinic")]
    public void Each_group_filters(string group, string value, string expected)
    {
        using var index = Directory();
        var request = group switch
        {
            "need" => Request() with { Needs = [value] },
            "audience" => Request() with { Audiences = [value] },
            "access" => Request() with { AccessRoutes = [value] },
            "delivery" => Request() with { DeliveryModes = [value] },
            "language" => Request() with { Languages = [value] },
            _ => Request() with { Accessibility = [value] },
        };

        Assert.Equal([expected], Names(index, request));
    }

    [Fact]
    public void Free_only_keeps_free_services()
    {
        using var index = Directory();

        Assert.Equal(["Clinic", "Parent line"], Names(index, Request() with { FreeOnly = true }));
    }

    [Fact]
    public void An_unknown_value_matches_nothing_rather_than_being_ignored()
    {
        using var index = Directory();

        Assert.Empty(Names(index, Request() with { Categories = ["no-such-category"] }));
    }

    [Fact]
    public void Days_and_time_of_day_are_matched_against_the_same_session()
    {
        using var index = Directory();

        Assert.Equal(["Clinic", "Parent line"], Names(index, Request() with { Days = [DayOfWeek.Monday] }));
        Assert.Equal(["Clinic"], Names(index, Request() with { Days = [DayOfWeek.Monday], TimeOfDay = TimeOfDay.Morning }));
        Assert.Equal(["Parent line"], Names(index, Request() with { TimeOfDay = TimeOfDay.Afternoon }));
        Assert.Equal(["Football"], Names(index, Request() with { TimeOfDay = TimeOfDay.Evening }));
        Assert.Empty(Names(index, Request() with { Days = [DayOfWeek.Friday], TimeOfDay = TimeOfDay.Morning }));
    }

    [Fact]
    public void Text_and_filters_combine()
    {
        using var index = Directory();

        Assert.Equal(["Parent line"], Names(index, Request("parent") with { Categories = ["health"], FreeOnly = true, Days = [DayOfWeek.Monday] }));
    }

    [Fact]
    public void Audience_fit_ranks_a_service_only_for_that_audience_above_one_for_everyone()
    {
        using var index = Build(
            Service("Everyone advice", "Advice", audiences: ["young-people", "parents-carers", "professionals"]),
            Service("Young people advice", "Advice", audiences: ["young-people"]));

        Assert.Equal("Young people advice", index.Search(Request("advice") with { Audiences = ["young-people"] }).Hits[0].Name);
    }
}
