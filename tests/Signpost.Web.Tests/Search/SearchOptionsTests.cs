using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Signpost.Web.Features.Search;

namespace Signpost.Web.Tests.Search;

/// <summary>The match cache size reaches the node's index, and a nonsense value stops the app at start.</summary>
public sealed class SearchOptionsTests
{
    [Fact]
    public async Task The_configured_match_cache_size_is_the_index_s()
    {
        await using var factory = new SettingFactory("Signpost:Search:MatchCacheSize", "0");
        _ = factory.Server;

        Assert.Equal(0, factory.Services.GetRequiredService<SearchIndexHolder>().Current.MatchCacheSize);
    }

    [Fact]
    public async Task A_negative_match_cache_size_stops_the_app_starting()
    {
        await using var factory = new SettingFactory("Signpost:Search:MatchCacheSize", "-1");
        var error = Assert.ThrowsAny<Exception>(() => factory.Server);
        var chain = new List<Exception>();
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            chain.Add(e);
            chain.AddRange((e as AggregateException)?.InnerExceptions ?? []);
        }

        Assert.Contains(chain, e => e is OptionsValidationException && e.Message.Contains(nameof(SearchOptions.MatchCacheSize)));
    }

    private sealed class SettingFactory(string key, string value) : SignpostWebFactory(new Dictionary<string, string> { [key] = value });
}
