using System.Net;
using System.Text.Json;

namespace Signpost.Web.Tests.Search;

/// <summary>
/// When nothing matches within the radius, a person sees the nearest matches and is told so,
/// rather than an empty page (Ellesmere Port, CH65, is about ten miles from Halton's venues).
/// </summary>
[Collection(SignpostSiteCollection.Name)]
public sealed class BeyondRadiusTests(SignpostWebFactory site)
{
    private readonly HttpClient client = site.CreatePlainClient();

    [Fact]
    public async Task Nothing_within_a_mile_shows_the_nearest_matches_and_says_so()
    {
        var response = await client.GetAsync("/api/search?q=youth+club&postcode=CH65&radius=1&sort=distance");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("beyond_radius").GetBoolean());
        var distances = json.RootElement.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("distance_miles")).Where(d => d.ValueKind == JsonValueKind.Number).Select(d => d.GetDouble()).ToList();
        Assert.NotEmpty(distances);
        Assert.All(distances, d => Assert.True(d > 1, $"{d} miles is inside the radius, so the search was not beyond it"));
        Assert.Equal(distances.Order().ToList(), distances);
    }

    [Fact]
    public async Task The_page_says_none_were_within_the_distance()
    {
        var html = await client.GetStringAsync("/search?q=youth+club&where=CH65&radius=1");

        Assert.Contains("None within 1 mile of CH65. Showing the nearest instead.", html);
    }

    [Fact]
    public async Task Matches_within_the_radius_are_not_flagged()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=youth+club&postcode=WA8&radius=5"));

        Assert.False(json.RootElement.GetProperty("beyond_radius").GetBoolean());
    }
}
