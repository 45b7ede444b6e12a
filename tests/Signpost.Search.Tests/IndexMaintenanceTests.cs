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
    public void A_row_rewritten_for_new_synonyms_keeps_its_description_and_a_removed_one_loses_it()
    {
        var id = Guid.NewGuid();
        using var index = SearchIndex.Build(
            [Service("Ditton Centre", "Drop in.", "Messy play and a toy library every Tuesday.", id: id, categories: [Term("hubs", "Family hub")])],
            SynonymSet.None);

        // FTS5 keeps no texts, so the engine writes the row again from what it holds: the description included.
        index.ReplaceSynonyms(new SynonymSet([["sure start", "family hub"]]));

        foreach (var usePostings in new[] { true, false })
        {
            index.UsePostings = usePostings;
            var hit = index.Search(Request("toy library")).Hits.Single();
            Assert.Contains("<mark>toy</mark>", hit.Snippet, StringComparison.Ordinal);
            Assert.Equal(1, index.Search(Request("sure start messy")).Total);
        }

        index.Remove(id);
        foreach (var usePostings in new[] { true, false })
        {
            index.UsePostings = usePostings;
            Assert.Equal(0, index.Search(Request("toy library")).Total);
        }
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

    [Fact]
    public void Many_upserts_of_the_same_services_keep_filters_facets_and_ranking_right()
    {
        var ids = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();
        using var index = Build(ids.Select((id, i) => Service($"Club {i}", id: id)).ToArray());

        // Enough rewrites that the row data is compacted several times over.
        for (var round = 0; round < 400; round++)
        {
            var i = round % ids.Count;
            index.Upsert(Service($"Club {i} round {round}", "Football and netball", id: ids[i], minAge: round, maxAge: round + 10, free: round % 2 == 0,
                categories: [Term(round % 3 == 0 ? "sport" : "arts", round % 3 == 0 ? "Sport" : "Arts")]));
        }

        var football = index.Search(Request("football") with { AgeFrom = 399, AgeTo = 399 });
        Assert.Equal(["Club 0 round 395", "Club 1 round 396", "Club 2 round 397", "Club 3 round 398", "Club 4 round 399"], football.Hits.Select(h => h.Name).Order());
        Assert.Equal(2, football.Facets[FacetNames.Cost].Single().Count);
        Assert.Equal(["Club 1 round 396"], index.Search(Request("round 396")).Hits.Select(h => h.Name));
        Assert.Equal(ids.Count, index.Search(Request("netball")).Total);
    }
}
