namespace Signpost.Search.Tests;

using static TestDocuments;

/// <summary>The match and correction caches never outlive a change; the zero-result fallbacks.</summary>
public class CacheAndFallbackTests
{
    [Fact]
    public void A_repeated_search_answers_the_same_from_the_cache()
    {
        using var index = Build(Service("Youth Football"), Service("Youth Club"), Service("Chess Club"));

        var first = index.Search(Request("youth"));
        var second = index.Search(Request("youth"));

        Assert.Equal(first.Total, second.Total);
        Assert.Equal(first.Hits.Select(h => h.Id), second.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Upsert_and_remove_are_seen_by_a_search_cached_before_them()
    {
        using var index = Build(Service("Youth Football"), Service("Chess Club"));
        Assert.Equal(1, index.Search(Request("youth")).Total);

        var id = Guid.NewGuid();
        index.Upsert(Service("Youth Drama", id: id));
        Assert.Equal(2, index.Search(Request("youth")).Total);

        index.Remove(id);
        Assert.Equal(1, index.Search(Request("youth")).Total);
    }

    [Fact]
    public void Replacing_synonyms_is_seen_by_a_search_cached_before()
    {
        using var index = Build(Service("Talking Space", "Counselling for young people."), Service("Chess Club"));
        Assert.Equal(0, index.Search(Request("natter")).Total);

        index.ReplaceSynonyms(new SynonymSet([["natter", "counselling"]]));

        Assert.Contains(index.Search(Request("natter")).Hits, h => h.Name == "Talking Space");
    }

    [Fact]
    public void A_cached_correction_gives_way_when_the_word_is_published()
    {
        using var index = Build(Service("Anxiety Support"), Service("Chess Club"));
        Assert.Equal("anxiety", index.Search(Request("anxeity")).CorrectedText);
        Assert.Equal("anxiety", index.Search(Request("anxeity")).CorrectedText);

        index.Upsert(Service("Anxeity Cafe"));

        var response = index.Search(Request("anxeity"));
        Assert.Null(response.CorrectedText);
        Assert.Contains(response.Hits, h => h.Name == "Anxeity Cafe");
    }

    [Fact]
    public void With_the_cache_off_results_are_the_same()
    {
        using var index = Build(Service("Youth Football"), Service("Youth Club"), Service("Anxiety Support"));
        var cached = index.Search(Request("youth"));
        index.MatchCacheSize = 0;

        var uncached = index.Search(Request("youth"));

        Assert.Equal(0, index.MatchCacheSize);
        Assert.Equal(cached.Hits.Select(h => h.Id), uncached.Hits.Select(h => h.Id));
        Assert.Equal("anxiety", index.Search(Request("anxeity")).CorrectedText);
    }

    [Fact]
    public void A_long_misspelling_is_corrected_without_sharing_many_trigrams()
    {
        using var index = Build(Service("Anxiety Support"), Service("Speech Therapy"), Service("Chess Club"));

        Assert.Equal("therapy", index.Search(Request("thearpy")).CorrectedText);
        Assert.Equal("speech", index.Search(Request("speehc")).CorrectedText);
    }

    [Fact]
    public void Nothing_within_the_radius_gives_the_nearest_beyond_it_when_asked()
    {
        var near = new GeoPoint(53.40, -2.90);
        using var index = Build(
            Service("Youth Club Far", locations: [new(53.80, -2.90, "Far")]),
            Service("Youth Club Farther", locations: [new(54.40, -2.90, "Farther")]),
            Service("Chess Club Near", locations: [new(53.41, -2.90, "Near")]));

        var plain = index.Search(Request("youth") with { Near = near, RadiusMiles = 5 });
        Assert.Equal(0, plain.Total);
        Assert.False(plain.BeyondRadius);

        var widened = index.Search(Request("youth") with { Near = near, RadiusMiles = 5, NearestBeyondRadius = true, Sort = SearchSort.Relevance });

        Assert.True(widened.BeyondRadius);
        Assert.Equal(["Youth Club Far", "Youth Club Farther"], widened.Hits.Select(h => h.Name));
        Assert.All(widened.Hits, h => Assert.True(h.DistanceMiles > 5));

        var wider = index.Search(Request("youth") with { Near = new GeoPoint(51.0, -2.90), NearestBeyondRadius = true });
        Assert.True(wider.BeyondRadius);
        Assert.Equal(["Youth Club Far", "Youth Club Farther"], wider.Hits.Select(h => h.Name));
    }

    [Fact]
    public void Something_within_the_radius_is_not_flagged_beyond_it()
    {
        var near = new GeoPoint(53.40, -2.90);
        using var index = Build(
            Service("Youth Club Near", locations: [new(53.41, -2.90, "Near")]),
            Service("Youth Club Far", locations: [new(53.80, -2.90, "Far")]));

        var response = index.Search(Request("youth") with { Near = near, NearestBeyondRadius = true });

        Assert.False(response.BeyondRadius);
        Assert.Equal(["Youth Club Near"], response.Hits.Select(h => h.Name));
    }

    [Fact]
    public void Filters_beyond_the_radius_still_apply()
    {
        var near = new GeoPoint(53.40, -2.90);
        using var index = Build(
            Service("Youth Club Far", minAge: 11, maxAge: 16, locations: [new(53.80, -2.90, "Far")]),
            Service("Toddler Group Far", minAge: 0, maxAge: 4, locations: [new(53.70, -2.90, "Far")]));

        var response = index.Search(Request() with { Near = near, AgeFrom = 13, AgeTo = 13, NearestBeyondRadius = true });

        Assert.True(response.BeyondRadius);
        Assert.Equal(["Youth Club Far"], response.Hits.Select(h => h.Name));
    }

    [Fact]
    public void When_filters_leave_nothing_for_every_word_any_word_is_tried()
    {
        using var index = Build(
            Service("Youth Football", minAge: 18, maxAge: 25),
            Service("Football Skills", minAge: 5, maxAge: 10),
            Service("Youth Club", minAge: 11, maxAge: 16));

        var response = index.Search(Request("youth football") with { AgeFrom = 8, AgeTo = 8 });

        Assert.True(response.MatchedAnyWord);
        Assert.Equal(["Football Skills"], response.Hits.Select(h => h.Name));
        Assert.Equal(1, response.Total);
    }
}

public class LruCacheTests
{
    [Fact]
    public void The_least_recently_used_goes_first_and_a_new_version_empties_it()
    {
        var cache = new LruCache<string, int>(2);
        cache.Set("a", 1, 0);
        cache.Set("b", 2, 0);
        Assert.True(cache.TryGet("a", 0, out _));
        cache.Set("c", 3, 0);

        Assert.False(cache.TryGet("b", 0, out _));
        Assert.True(cache.TryGet("a", 0, out var a) && a == 1);
        Assert.False(cache.TryGet("a", 1, out _));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Total_weight_is_bounded()
    {
        var cache = new LruCache<string, int[]>(100, rows => rows.Length, maxWeight: 10);
        cache.Set("a", new int[6], 0);
        cache.Set("b", new int[6], 0);
        cache.Set("huge", new int[11], 0);

        Assert.False(cache.TryGet("a", 0, out _));
        Assert.True(cache.TryGet("b", 0, out _));
        Assert.False(cache.TryGet("huge", 0, out _));
    }
}
