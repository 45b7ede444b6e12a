namespace Signpost.Search.Tests;

using static TestDocuments;

public class AgeAndValidityTests
{
    [Fact]
    public void Ages_match_by_overlap()
    {
        using var index = Build(
            Service("Under fives", minAge: 0, maxAge: 4),
            Service("Teens", minAge: 13, maxAge: 19),
            Service("Everyone"));

        Assert.Equal(["Everyone", "Teens"], index.Search(Request() with { AgeFrom = 16, AgeTo = 16 }).Hits.Select(h => h.Name).Order());
        Assert.Equal(["Everyone", "Teens", "Under fives"], index.Search(Request() with { AgeFrom = 3, AgeTo = 14 }).Hits.Select(h => h.Name).Order());
        Assert.Equal(["Everyone", "Teens"], index.Search(Request() with { AgeFrom = 10 }).Hits.Select(h => h.Name).Order());
    }

    [Fact]
    public void Age_filters_never_return_a_service_outside_the_range()
    {
        var random = new Random(7);
        var documents = Enumerable.Range(0, 300).Select(i =>
        {
            int? min = random.Next(4) == 0 ? null : random.Next(0, 20);
            int? max = random.Next(4) == 0 ? null : (min ?? 0) + random.Next(0, 10);
            return Service($"Service {i}", "Youth support", minAge: min, maxAge: max);
        }).ToArray();
        using var index = Build(documents);

        for (var trial = 0; trial < 200; trial++)
        {
            int? from = random.Next(3) == 0 ? null : random.Next(0, 26);
            int? to = random.Next(3) == 0 ? null : (from ?? 0) + random.Next(0, 8);
            var response = index.Search(Request(trial % 2 == 0 ? "youth" : null) with { AgeFrom = from, AgeTo = to, PageSize = 100 });

            var expected = documents.Count(d => (d.MaximumAge is null || from is null || from <= d.MaximumAge) && (d.MinimumAge is null || to is null || to >= d.MinimumAge));
            Assert.Equal(expected, response.Total);
            Assert.All(response.Hits, h =>
            {
                Assert.True(h.MaximumAge is null || from is null || from <= h.MaximumAge, $"{h.Name} ends before {from}");
                Assert.True(h.MinimumAge is null || to is null || to >= h.MinimumAge, $"{h.Name} starts after {to}");
            });
        }
    }

    [Fact]
    public void Services_past_their_valid_to_date_never_show()
    {
        using var index = Build(
            Service("Ended", "Youth club", validTo: Today.AddDays(-1)),
            Service("Ends today", "Youth club", validTo: Today),
            Service("Open ended", "Youth club"));

        var names = index.Search(Request("youth")).Hits.Select(h => h.Name).Order();

        Assert.Equal(["Ends today", "Open ended"], names);
        Assert.Equal(2, index.Search(Request()).Total);
    }
}
