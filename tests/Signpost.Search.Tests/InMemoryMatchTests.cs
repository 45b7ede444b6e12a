using Signpost.Search;
using static Signpost.Search.Tests.TestDocuments;

namespace Signpost.Search.Tests;

/// <summary>
/// The in-memory postings must match exactly the rows FTS5 matches: every search here runs both ways on the
/// same index and must give the same total and the same services in the same order.
/// </summary>
public sealed class InMemoryMatchTests
{
    private static readonly string[] Lexicon =
    [
        "family", "families", "hub", "hubs", "support", "supported", "supporting", "club", "clubs", "clubbing",
        "youth", "young", "carer", "carers", "children's", "childrens", "children", "centre", "centres", "sure", "start",
        "counselling", "counsellor", "someone", "to", "talk", "listening", "service", "services", "autism", "autistic",
        "café", "naïve", "sexual", "health", "clinic", "gum", "benefits", "advice", "welfare", "rights", "universal",
        "credit", "asd", "camhs", "child", "and", "adolescent", "mental", "drop-in", "24/7", "2026", "ages 11-18",
        "supercalifragilisticexpialidociousnessesandthenmore", "supercalifragilisticexpialidociousnessesandthenmores",
        "Ünïcödé", "O'Brien", "St. Helens", "Widnes", "Runcorn", "after-school", "holiday", "food", "nurse", "school",
    ];

    private static readonly string[] Queries =
    [
        "family", "families hub", "family hub", "sure start", "children's centre", "childrens centre widnes",
        "someone to talk to", "talk to someone", "counselling", "autism support", "asd", "camhs", "gum", "sexual health",
        "benefits advice", "club", "clubs", "clubbing", "clubbed", "supporting families", "young carers", "carer",
        "cafe", "naive", "unicode", "obrien", "o'brien", "st helens", "runcorn after school", "24 7", "2026",
        "supercalifragilisticexpialidociousnessesandthenmore", "supercalifragilisticexpialidociousnessesandthenmoresss",
        "famly hub", "counseling", "autsim", "\"family hub\"", "\"hub family\"", "\"school nurse\"", "holiday food club",
        "nothingmatchesthis", "youth club nothingmatchesthis", "health", "mental health", "child and adolescent mental health",
    ];

    [Fact]
    public void Every_search_matches_the_same_services_as_fts5_after_build_upserts_removals_and_new_synonyms()
    {
        var random = new Random(20261122);
        var documents = Enumerable.Range(0, 400).Select(i => RandomService(random, i)).ToList();
        using var index = SearchIndex.Build(documents, Synonyms);
        index.MatchCacheSize = 0;
        AssertSameBothWays(index, random);

        foreach (var document in documents.Take(60))
        {
            index.Upsert(RandomService(random, 1000, document.Id));
        }

        foreach (var document in documents.Skip(60).Take(40))
        {
            index.Remove(document.Id);
        }

        index.Upsert(Service("Brand new zorbing club", description: "Zorbing for families on Saturdays."));
        AssertSameBothWays(index, random);
        Assert.Equal(1, index.Search(Request("zorbing")).Total);

        index.ReplaceSynonyms(new SynonymSet([["zorbing", "holiday food club"], ["sure start", "family hub"]]));
        AssertSameBothWays(index, random);
    }

    [Fact]
    public void Postings_answer_most_searches_so_the_comparison_means_something()
    {
        using var index = SearchIndex.Build(Enumerable.Range(0, 200).Select(i => RandomService(new Random(i), i)).ToList(), Synonyms);
        index.MatchCacheSize = 0;
        var before = index.Postings.Answered;
        foreach (var query in Queries)
        {
            index.Search(Request(query));
        }

        Assert.True(index.Postings.Answered - before >= Queries.Length * 3 / 4, $"postings answered {index.Postings.Answered - before} of {Queries.Length}");
    }

    private static void AssertSameBothWays(SearchIndex index, Random random)
    {
        var queries = Queries.Concat(Enumerable.Range(0, 150).Select(_ => RandomText(random, random.Next(1, 4))));
        foreach (var query in queries)
        {
            foreach (var prefix in new[] { false, true })
            {
                var request = Request(query) with { Prefix = prefix, PageSize = 100 };
                index.UsePostings = true;
                var posted = index.Search(request);
                index.UsePostings = false;
                var fts = index.Search(request);
                index.UsePostings = true;
                Assert.True(fts.Total == posted.Total, $"'{query}' (prefix {prefix}): FTS5 {fts.Total}, postings {posted.Total}");
                Assert.Equal(fts.Hits.Select(h => h.Id), posted.Hits.Select(h => h.Id));
            }
        }
    }

    private static SearchDocument RandomService(Random random, int i, Guid? id = null) => Service(
        $"{RandomText(random, 2)} {i}",
        summary: RandomText(random, 8),
        description: RandomText(random, 40),
        organisation: RandomText(random, 2),
        categories: random.Next(3) == 0 ? [Term("hubs", "Family hub")] : [Term("talk", "Counselling")],
        id: id);

    private static string RandomText(Random random, int words) =>
        string.Join(random.Next(5) == 0 ? ", " : " ", Enumerable.Range(0, words).Select(_ => Lexicon[random.Next(Lexicon.Length)]));
}
