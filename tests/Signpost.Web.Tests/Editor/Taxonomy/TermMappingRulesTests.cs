using Signpost.Core.Content;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Web.Features.Editor.Taxonomy;

namespace Signpost.Web.Tests.Editor.Taxonomy;

public sealed class TermMappingRulesTests
{
    private static readonly Guid Imported = Guid.NewGuid();

    [Theory]
    [InlineData(TaxonomyKind.Category)]
    [InlineData(TaxonomyKind.Need)]
    [InlineData(TaxonomyKind.Outcome)]
    public void Our_own_terms_of_every_kind_may_be_chosen(TaxonomyKind kind) =>
        Assert.Null(TermMappingRules.Refusal(Term(kind)));

    [Fact]
    public void No_choice_or_an_imported_term_is_refused_with_a_reason()
    {
        Assert.Equal("Choose one of our categories, needs or outcomes", TermMappingRules.Refusal(null));
        Assert.Contains("cannot be mapped to another imported term", TermMappingRules.Refusal(Term(TaxonomyKind.Imported)));
    }

    [Theory]
    [InlineData(TaxonomyKind.Category)]
    [InlineData(TaxonomyKind.Need)]
    [InlineData(TaxonomyKind.Outcome)]
    public void Our_term_goes_into_the_list_for_its_kind_and_the_imported_term_stays(TaxonomyKind kind)
    {
        var target = Term(kind);
        var other = Guid.NewGuid();
        var snapshot = new ServiceSnapshot { Name = "Club", CategoryIds = [other], ImportedTermIds = [Imported] };

        var mapped = TermMappingRules.WithTerm(snapshot, target);

        Assert.Equal(kind == TaxonomyKind.Category ? new[] { other, target.Id }.Order().ToArray() : [other], mapped.CategoryIds.ToArray());
        Assert.Equal(kind == TaxonomyKind.Need ? [target.Id] : Array.Empty<Guid>(), mapped.NeedIds.ToArray());
        Assert.Equal(kind == TaxonomyKind.Outcome ? [target.Id] : Array.Empty<Guid>(), mapped.OutcomeIds.ToArray());
        Assert.Equal([Imported], mapped.ImportedTermIds.ToArray());
        Assert.Equal(mapped.Normalised().ToJson(), mapped.ToJson());
    }

    [Fact]
    public void Mapping_an_imported_term_to_one_of_ours_is_refused_in_the_snapshot_rule_too() =>
        Assert.Throws<ArgumentException>(() => TermMappingRules.WithTerm(new ServiceSnapshot(), Term(TaxonomyKind.Imported)));

    [Fact]
    public void Only_a_snapshot_carrying_the_imported_term_without_our_term_needs_it()
    {
        var target = Term(TaxonomyKind.Category);

        Assert.True(TermMappingRules.Needs(new ServiceSnapshot { ImportedTermIds = [Imported] }, Imported, target));
        Assert.False(TermMappingRules.Needs(new ServiceSnapshot { ImportedTermIds = [Imported], CategoryIds = [target.Id] }, Imported, target));
        Assert.False(TermMappingRules.Needs(new ServiceSnapshot { CategoryIds = [Guid.NewGuid()] }, Imported, target));
    }

    private static TaxonomyTerm Term(TaxonomyKind kind) => new() { Id = Guid.NewGuid(), Kind = kind, Slug = "t", Name = "T" };
}
