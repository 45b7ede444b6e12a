namespace Signpost.Search.Tests;

using static TestDocuments;

public class IndexMaintenanceTests
{
    [Fact]
    public void Upsert_adds_and_replaces_and_remove_removes_at_once()
    {
        var id = Guid.NewGuid();
        using var index = Build(Service("Widnes Youth Club", locations: [new(53.36, -2.73, "Widnes")]));

        index.Upsert(Service("Runcorn Football", "Football for all", id: id, locations: [new(53.34, -2.73, "Runcorn")]));
        Assert.Equal(2, index.Count);
        Assert.Equal(1, index.Search(Request("football")).Total);

        index.Upsert(Service("Runcorn Netball", "Netball for all", id: id, locations: [new(55.0, -1.5, "Far away")]));
        Assert.Equal(2, index.Count);
        Assert.Equal(0, index.Search(Request("football")).Total);
        Assert.Equal(1, index.Search(Request("netball")).Total);
        Assert.Equal(1, index.Search(Request() with { Near = new GeoPoint(53.35, -2.73), RadiusMiles = 5 }).Total);

        index.Remove(id);
        Assert.Equal(1, index.Count);
        Assert.Equal(0, index.Search(Request("netball")).Total);
        index.Remove(id);
    }

    [Fact]
    public void Upserted_words_are_known_to_spelling_prefixes_and_suggestions()
    {
        using var index = Build(Service("Widnes Youth Club"));

        index.Upsert(Service("Trampolining Club"));

        Assert.Equal("trampolining", index.Search(Request("trampolinning")).CorrectedText);
        Assert.Equal(1, index.Search(Request("trampol") with { Prefix = true }).Total);
        Assert.Contains("Trampolining Club", index.Suggest("tramp"));
    }

    [Fact]
    public void Replacing_synonyms_changes_expansion_in_queries_and_in_the_terms_column()
    {
        using var index = SearchIndex.Build([Service("Ditton Centre", categories: [Term("hubs", "Family hub")])], SynonymSet.None);
        Assert.Equal(0, index.Search(Request("sure start")).Total);

        index.ReplaceSynonyms(new SynonymSet([["sure start", "family hub"]]));

        Assert.Equal(1, index.Search(Request("sure start")).Total);
        Assert.Contains("sure start", index.Suggest("sure"));
    }

    [Fact]
    public void Build_keeps_the_last_of_duplicate_ids()
    {
        var id = Guid.NewGuid();
        using var index = Build(Service("Old name", id: id), Service("New name", id: id));

        Assert.Equal(1, index.Count);
        Assert.Equal("New name", index.Search(Request()).Hits.Single().Name);
    }

    [Fact]
    public void A_disposed_index_refuses_searches()
    {
        var index = Build(Service("Club"));
        index.Dispose();
        index.Dispose();

        Assert.Throws<ObjectDisposedException>(() => index.Search(Request("club")));
    }
}
