using Signpost.Core.Content;
using Signpost.Web.Features.Editor.Taxonomy;

namespace Signpost.Web.Tests.Editor.Taxonomy;

public sealed class ImportedTermFilterTests
{
    private static readonly ImportedTermRow[] Rows =
    [
        Row("Zumba", "feed-b", "Activities", 1, mapped: false),
        Row("Archery", "feed-b", "Activities", 5, mapped: true),
        Row("Boxing", "feed-b", "Activities", 5, mapped: false),
        Row("Carers", "feed-a", null, 2, mapped: false),
        Row("Dance", null, null, 0, mapped: false),
    ];

    [Fact]
    public void Unknown_or_missing_values_fall_back_to_unmapped_terms_with_the_most_services_first()
    {
        Assert.Equal(new ImportedTermFilter(null, "unmapped", "services"), ImportedTermFilter.Parse(" ", "everything", "<script>"));
        Assert.Equal(new ImportedTermFilter("feed-a", "all", "name"), ImportedTermFilter.Parse(" feed-a ", "all", "name"));
    }

    [Fact]
    public void Groups_are_feed_then_feed_taxonomy_in_name_order_and_terms_of_unknown_origin_have_their_own_group()
    {
        var groups = ImportedTermFilter.Parse(null, "all", null).Apply(Rows);

        Assert.Equal(
            [("feed-a", null), ("feed-b", "Activities"), (ImportedTermFilter.UnknownFeed, null)],
            groups.Select(g => (g.Feed, g.Taxonomy)).ToArray());
        Assert.Equal(["Archery", "Boxing", "Zumba"], groups[1].Rows.Select(r => r.Name).ToArray());
    }

    [Fact]
    public void Show_chooses_unmapped_mapped_or_all_and_feed_chooses_one_feed()
    {
        Assert.Equal(["Boxing", "Zumba"], Names(ImportedTermFilter.Parse("feed-b", null, null)));
        Assert.Equal(["Archery"], Names(ImportedTermFilter.Parse("feed-b", "mapped", null)));
        Assert.Equal(["Dance"], Names(ImportedTermFilter.Parse(ImportedTermFilter.UnknownFeed, "all", null)));
        Assert.Empty(ImportedTermFilter.Parse("no-such-feed", "all", null).Apply(Rows));
    }

    [Fact]
    public void Sorting_by_name_ignores_case_and_by_services_breaks_ties_by_name()
    {
        var rows = new[] { Row("beta", "f", null, 1, false), Row("Alpha", "f", null, 1, false), Row("gamma", "f", null, 3, false) };

        Assert.Equal(["Alpha", "beta", "gamma"], ImportedTermFilter.Parse(null, null, "name").Apply(rows).Single().Rows.Select(r => r.Name).ToArray());
        Assert.Equal(["gamma", "Alpha", "beta"], ImportedTermFilter.Parse(null, null, "services").Apply(rows).Single().Rows.Select(r => r.Name).ToArray());
    }

    private static string[] Names(ImportedTermFilter filter) => filter.Apply(Rows).SelectMany(g => g.Rows).Select(r => r.Name).ToArray();

    private static ImportedTermRow Row(string name, string? feed, string? taxonomy, int services, bool mapped) =>
        new(Guid.NewGuid(), name, name.ToLowerInvariant(), feed, taxonomy, services, mapped ? Guid.NewGuid() : null, mapped ? "Ours" : null, mapped ? TaxonomyKind.Category : null);
}
