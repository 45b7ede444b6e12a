using System.Globalization;
using System.Net;

namespace Signpost.Web.Tests.Search;

[Collection(SignpostSiteCollection.Name)]
public sealed class SearchApiResponseTests(SignpostWebFactory factory)
{
    [Fact]
    public async Task An_answer_says_its_length_and_is_not_chunked_fresh_or_from_the_cache()
    {
        var client = factory.CreatePlainClient();
        var url = "/api/search?q=youth%20club%20" + Guid.NewGuid().ToString("N")[..8] + "&page_size=20";

        foreach (var attempt in new[] { "fresh", "cached" })
        {
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsByteArrayAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Content.Headers.ContentLength is > 100, $"{attempt}: no Content-Length");
            Assert.Equal(response.Content.Headers.ContentLength, body.Length);
            Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
        }
    }

    [Fact]
    public async Task A_fresh_answer_says_where_its_time_went()
    {
        var client = factory.CreatePlainClient();
        using var response = await client.GetAsync("/api/search?q=counselling%20" + Guid.NewGuid().ToString("N")[..8] + "&postcode=WA8%207QE");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var timing = string.Join(", ", response.Headers.GetValues("Server-Timing"));
        var metrics = timing.Split(',', StringSplitOptions.TrimEntries)
            .Select(m => m.Split(";dur="))
            .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));
        Assert.Equal(["place", "engine", "json"], metrics.Keys.ToArray());
        Assert.All(metrics.Values, ms => Assert.InRange(ms, 0, 60_000));
        Assert.True(metrics["engine"] > 0, timing);
    }
}
