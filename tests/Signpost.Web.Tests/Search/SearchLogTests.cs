using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.SearchLog;

namespace Signpost.Web.Tests.Search;

/// <summary>
/// The search log keeps what was searched and how many results it found, never who searched:
/// a full postcode is cut to its district. The writer batches in the background, so tests poll.
/// </summary>
[Collection(SignpostSiteCollection.Name)]
public sealed class SearchLogTests(SignpostWebFactory site)
{
    private static readonly TimeSpan WriterDeadline = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("/api/search", "where")]
    [InlineData("/api/search", "postcode")]
    [InlineData("/search", "where")]
    public async Task A_search_with_a_full_postcode_is_logged_with_the_district_only(string path, string parameter)
    {
        var text = $"youth club log-{Guid.NewGuid():N}"[..30];
        var query = SearchApiClient.Query(("q", text), (parameter, "WA7 2GW"), ("age", "14"));
        int? total = null;
        if (path == "/api/search")
        {
            total = (await new SearchApiClient(site.CreatePlainClient()).SearchAsync(query)).Total;
        }
        else
        {
            var page = await HtmlPage.GetAsync(site.CreatePlainClient(), $"{path}?{query}");
            Assert.Null(page.ErrorSummary);
        }

        var entry = await WaitForEntryAsync(text);

        Assert.Equal(text, entry.Text);
        Assert.Equal("WA7", entry.PlaceDistrict);
        if (total is { } expected)
        {
            Assert.Equal(expected, entry.ResultCount);
        }

        Assert.Contains("age=14-14", entry.Filters);
        Assert.Equal(path == "/api/search" ? "api" : "site", entry.Source);
        foreach (var field in new[] { entry.Text, entry.PlaceDistrict, entry.Filters })
        {
            Assert.DoesNotContain("2GW", field ?? "", StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_postcode_without_a_space_is_still_cut_to_its_district()
    {
        var text = $"log-{Guid.NewGuid():N}";
        var found = await new SearchApiClient(site.CreatePlainClient()).SearchAsync(SearchApiClient.Query(("q", text), ("where", "wa72gw")));

        var entry = await WaitForEntryAsync(text);

        Assert.Equal("WA7", entry.PlaceDistrict);
        Assert.Equal(found.Total, entry.ResultCount);
    }

    [Fact]
    public async Task No_postcode_stored_anywhere_in_the_log()
    {
        var text = $"log-{Guid.NewGuid():N}";
        await new SearchApiClient(site.CreatePlainClient()).SearchAsync(SearchApiClient.Query(("q", text), ("postcode", "WA8 7QE")));
        await WaitForEntryAsync(text);

        var (scope, db) = site.OpenStore();
        await using var _ = scope;
        var leaked = await db.SearchLog.AsNoTracking()
            .Where(e => e.Text.Contains("7QE") || (e.PlaceDistrict != null && e.PlaceDistrict.Contains("7QE")) || e.Filters.Contains("7QE"))
            .ToListAsync();
        Assert.Empty(leaked);
    }

    private async Task<SearchLogEntry> WaitForEntryAsync(string text)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var (scope, db) = site.OpenStore();
            await using (scope)
            {
                var entry = await db.SearchLog.AsNoTracking().Where(e => e.Text == text).OrderByDescending(e => e.Id).FirstOrDefaultAsync();
                if (entry is not null)
                {
                    return entry;
                }
            }

            Assert.True(watch.Elapsed < WriterDeadline, $"No search log entry for \"{text}\" after {WriterDeadline.TotalSeconds} s");
            await Task.Delay(50);
        }
    }
}
