namespace Signpost.Search.Tests;

using static TestDocuments;

public class FacetTests
{
    private static readonly string[] Categories = ["sport", "music", "health"];
    private static readonly string[] Audiences = ["young-people", "parents-carers", "professionals"];
    private static readonly string[] Routes = ["drop-in", "self-referral", "professional-referral"];

    private static SearchDocument[] RandomDirectory(Random random) => Enumerable.Range(0, 150).Select(i => Service(
        $"Service {i}",
        random.Next(2) == 0 ? "Youth club" : "Family support",
        free: random.Next(2) == 0,
        categories: Pick(random, Categories).Select(c => Term($"{c}-{random.Next(2)}", c, c)).ToList(),
        audiences: Pick(random, Audiences),
        access: Pick(random, Routes),
        minAge: random.Next(0, 15),
        maxAge: random.Next(15, 25))).ToArray();

    private static List<string> Pick(Random random, string[] values) => values.Where(_ => random.Next(3) == 0).ToList();

    [Fact]
    public void Each_facet_count_equals_the_total_when_that_value_alone_is_selected_in_its_group()
    {
        var random = new Random(11);
        using var index = Build(RandomDirectory(random));

        for (var trial = 0; trial < 25; trial++)
        {
            var request = Request(random.Next(3) == 0 ? "youth" : null) with
            {
                Categories = random.Next(2) == 0 ? [] : [Categories[random.Next(3)]],
                Audiences = random.Next(2) == 0 ? [] : [Audiences[random.Next(3)]],
                FreeOnly = random.Next(3) == 0,
                AgeFrom = random.Next(2) == 0 ? null : random.Next(0, 25),
            };
            var response = index.Search(request);

            foreach (var facet in response.Facets["category"])
            {
                // Disjunctive: the count ignores the group's own selection and keeps every other group's.
                Assert.Equal(facet.Count, index.Search(request with { Categories = [facet.Value] }).Total);
            }

            foreach (var facet in response.Facets["audience"])
            {
                Assert.Equal(facet.Count, index.Search(request with { Audiences = [facet.Value] }).Total);
            }

            foreach (var facet in response.Facets["access"])
            {
                Assert.Equal(facet.Count, index.Search(request with { AccessRoutes = [facet.Value] }).Total);
            }

            foreach (var facet in response.Facets["cost"])
            {
                Assert.Equal(facet.Count, index.Search(request with { FreeOnly = true }).Total);
            }
        }
    }

    [Fact]
    public void A_group_without_a_selection_counts_within_the_results()
    {
        var random = new Random(5);
        using var index = Build(RandomDirectory(random));

        var response = index.Search(Request() with { AccessRoutes = ["drop-in"] });

        var free = response.Facets["cost"].SingleOrDefault()?.Count ?? 0;
        Assert.Equal(index.Search(Request() with { AccessRoutes = ["drop-in"], FreeOnly = true }).Total, free);
        Assert.True(free <= response.Total);
    }

    [Fact]
    public void Facets_list_every_group_with_labels_and_keep_a_selected_value_at_zero()
    {
        using var index = Build(
            Service("A", categories: [Term("sexual-health", "Sexual health", "health"), Term("health", "Health")], needs: [Term("autism", "Autism")]),
            Service("B", categories: [Term("sport", "Sport")], free: true));

        var response = index.Search(Request("zzzz") with { Categories = ["sport"] });

        Assert.Equal(
            ["access", "accessibility", "audience", "category", "cost", "delivery", "language", "need"],
            response.Facets.Keys.Order());
        Assert.Equal(new FacetCount("sport", "Sport", 0), Assert.Single(response.Facets["category"]));
        var all = index.Search(Request());
        Assert.Contains(new FacetCount("health", "Health", 1), all.Facets["category"]);
        Assert.Contains(new FacetCount("free", "Free", 1), all.Facets["cost"]);
        Assert.Empty(index.Search(Request() with { IncludeFacets = false }).Facets);
    }
}
