namespace Signpost.Search.Tests;

using static TestDocuments;

public class GeoSearchTests
{
    // Widnes town centre; Runcorn is about 2 miles south, Liverpool about 12 miles west.
    private static readonly GeoPoint Widnes = new(53.3617, -2.7336);
    private static readonly SearchLocation InWidnes = new(53.3650, -2.7300, "Widnes");
    private static readonly SearchLocation InRuncorn = new(53.3400, -2.7300, "Runcorn");
    private static readonly SearchLocation InLiverpool = new(53.4084, -2.9916, "Liverpool");

    private static SearchIndex Directory() => Build(
        Service("Widnes club", "Youth club", locations: [InWidnes]),
        Service("Runcorn club", "Youth club", locations: [InRuncorn]),
        Service("Liverpool club", "Youth club", locations: [InLiverpool]),
        Service("Two sites", "Youth club", locations: [InLiverpool, InRuncorn]),
        Service("Halton-wide outreach", "Youth club", areaType: "whole-area"),
        Service("Widnes streets team", "Youth club", areaType: "localities", localities: ["Widnes", "Ditton"]),
        Service("Runcorn streets team", "Youth club", areaType: "localities", localities: ["Runcorn"]),
        Service("Online chat", "Youth club", areaType: "national", delivery: ["online"]),
        Service("National network", "Youth club", areaType: "national", delivery: ["in-person"], locations: [InLiverpool]));

    private static SearchRequest Near(string? text = null) =>
        Request(text) with { Near = Widnes, NearLocalities = ["widnes"], RadiusMiles = 5, PageSize = 50 };

    [Fact]
    public void The_radius_keeps_nearby_services_and_coverage_brings_in_those_that_serve_the_place()
    {
        using var index = Directory();

        var hits = index.Search(Near("youth")).Hits;

        Assert.Equal(
            ["Halton-wide outreach", "National network", "Online chat", "Runcorn club", "Two sites", "Widnes club", "Widnes streets team"],
            hits.Select(h => h.Name).Order());
    }

    [Fact]
    public void Coverage_is_labelled()
    {
        using var index = Directory();

        var hits = index.Search(Near()).Hits.ToDictionary(h => h.Name);

        Assert.Null(hits["Widnes club"].Coverage);
        Assert.Equal(CoverageLabels.CoversArea, hits["Halton-wide outreach"].Coverage);
        Assert.Equal(CoverageLabels.CoversArea, hits["Widnes streets team"].Coverage);
        Assert.Equal(CoverageLabels.Online, hits["Online chat"].Coverage);
        Assert.Equal(CoverageLabels.National, hits["National network"].Coverage);
        Assert.Null(hits["Halton-wide outreach"].DistanceMiles);
        Assert.True(hits["National network"].DistanceMiles > 5);
    }

    [Fact]
    public void Whole_area_services_do_not_cover_a_place_outside_the_area()
    {
        using var index = Directory();

        var names = index.Search(Near("youth") with { NearIsInArea = false, NearLocalities = [] }).Hits.Select(h => h.Name).ToList();

        Assert.DoesNotContain("Halton-wide outreach", names);
        Assert.Contains("Widnes club", names);
        Assert.Contains("Online chat", names);
    }

    [Fact]
    public void Distance_is_to_the_nearest_location()
    {
        using var index = Directory();

        var hits = index.Search(Near()).Hits.ToDictionary(h => h.Name);

        Assert.InRange(hits["Two sites"].DistanceMiles!.Value, 1.0, 2.0);
        Assert.InRange(hits["Widnes club"].DistanceMiles!.Value, 0.0, 0.5);
    }

    [Fact]
    public void Distance_sort_is_non_decreasing_with_coverage_only_results_last()
    {
        using var index = Directory();

        var hits = index.Search(Near("youth") with { Sort = SearchSort.Distance }).Hits;

        var located = hits.TakeWhile(h => h.DistanceMiles is not null).ToList();
        Assert.Equal(located.Select(h => h.DistanceMiles), located.Select(h => h.DistanceMiles).Order());
        Assert.All(hits.Skip(located.Count), h => Assert.Null(h.DistanceMiles));
        Assert.Equal("Widnes club", hits[0].Name);
    }

    [Fact]
    public void Distance_sort_is_non_decreasing_on_random_places()
    {
        var random = new Random(3);
        var documents = Enumerable.Range(0, 200).Select(i => Service($"S{i}", "Club", locations:
            Enumerable.Range(0, random.Next(1, 4)).Select(_ => new SearchLocation(53 + random.NextDouble(), -3 + random.NextDouble(), "X")).ToList())).ToArray();
        using var index = Build(documents);

        for (var trial = 0; trial < 30; trial++)
        {
            var point = new GeoPoint(53 + random.NextDouble(), -3 + random.NextDouble());
            var radius = random.Next(1, 26);
            var response = index.Search(Request() with { Near = point, RadiusMiles = radius, Sort = SearchSort.Distance, PageSize = 100 });
            var distances = response.Hits.Select(h => h.DistanceMiles!.Value).ToList();

            Assert.Equal(distances.Order(), distances);
            Assert.All(distances, d => Assert.True(d <= radius + 0.01));
            var expected = documents.Count(d => d.Locations.Any(l => Haversine(point, l) <= radius));
            Assert.Equal(expected, response.Total);
        }
    }

    [Fact]
    public void Without_a_place_there_is_no_distance_or_coverage()
    {
        using var index = Directory();

        Assert.All(index.Search(Request("youth") with { PageSize = 50 }).Hits, h =>
        {
            Assert.Null(h.DistanceMiles);
            Assert.Null(h.Coverage);
        });
    }

    private static double Haversine(GeoPoint a, SearchLocation b)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var h = Math.Pow(Math.Sin(Rad(b.Latitude - a.Latitude) / 2), 2)
            + Math.Cos(Rad(a.Latitude)) * Math.Cos(Rad(b.Latitude)) * Math.Pow(Math.Sin(Rad(b.Longitude - a.Longitude) / 2), 2);
        return 2 * 3958.7613 * Math.Asin(Math.Sqrt(h));
    }
}
