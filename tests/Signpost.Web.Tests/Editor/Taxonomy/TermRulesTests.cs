using Signpost.Core.Content;
using Signpost.Web.Features.Editor.Taxonomy;

namespace Signpost.Web.Tests.Editor.Taxonomy;

public sealed class TermRulesTests
{
    private static readonly TermSibling Activities = new(Guid.NewGuid(), "activities", "Activities and clubs", null);
    private static readonly TermSibling YouthClubs = new(Guid.NewGuid(), "youth-clubs", "Youth clubs", Activities.Id);
    private static readonly TermSibling Health = new(Guid.NewGuid(), "health", "Health and wellbeing", null);
    private static readonly TermSibling[] Terms = [Activities, YouthClubs, Health];

    private static IReadOnlyList<FieldError> Add(string? name, string? slug = null, Guid? parentId = null) =>
        TermRules.Validate(TaxonomyKind.Category, new TermInput { Name = name, Slug = slug, ParentId = parentId }, null, Terms, hasChildren: false);

    [Fact]
    public void A_new_term_with_a_name_is_accepted_and_gets_a_slug_from_its_name()
    {
        Assert.Empty(Add("Bumps & Babies (Widnes)"));
        Assert.Equal("bumps-and-babies-widnes", TermRules.SlugFor(new TermInput { Name = "Bumps & Babies (Widnes)" }));
        Assert.Equal("my-slug", TermRules.SlugFor(new TermInput { Name = "Anything", Slug = " my-slug " }));
    }

    [Theory]
    [InlineData(null, "Enter a name for the category")]
    [InlineData("   ", "Enter a name for the category")]
    [InlineData("youth CLUBS", "There is already a category called youth CLUBS")]
    public void Names_must_be_given_and_not_repeat_another_terms_name(string? name, string message)
    {
        var error = Assert.Single(Add(name));
        Assert.Equal(new FieldError("name", message), error);
    }

    [Fact]
    public void Names_and_descriptions_have_maximum_lengths()
    {
        Assert.Contains(Add(new string('a', TermRules.NameMaxLength + 1)), e => e.Field == "name" && e.Message.Contains("100 characters or fewer"));
        var errors = TermRules.Validate(TaxonomyKind.Need, new TermInput { Name = "Fine", Description = new string('d', TermRules.DescriptionMaxLength + 1) }, null, [], false);
        Assert.Equal("description", Assert.Single(errors).Field);
        Assert.Empty(TermRules.Validate(TaxonomyKind.Need, new TermInput { Name = "Fine", Description = new string('d', TermRules.DescriptionMaxLength) }, null, [], false));
    }

    [Theory]
    [InlineData("Youth Clubs!", "Slug must be lower-case letters and numbers joined by hyphens, like youth-clubs")]
    [InlineData("youth--clubs", "Slug must be lower-case letters and numbers joined by hyphens, like youth-clubs")]
    [InlineData("youth-clubs", "There is already a category with the slug youth-clubs")]
    public void A_typed_slug_must_be_well_formed_and_unused(string slug, string message)
    {
        var error = Assert.Single(Add("Something new", slug));
        Assert.Equal(new FieldError("slug", message), error);
    }

    [Fact]
    public void A_name_that_makes_no_slug_is_refused()
    {
        Assert.Contains(Add("!!!"), e => e.Field == "slug");
    }

    [Fact]
    public void Terms_go_only_under_a_top_level_term_that_exists()
    {
        Assert.Empty(Add("Skate parks", parentId: Activities.Id));
        Assert.Equal("Choose a top-level category: Youth clubs is already under another one", Assert.Single(Add("Skate parks", parentId: YouthClubs.Id)).Message);
        Assert.Equal("Choose a category from the list", Assert.Single(Add("Skate parks", parentId: Guid.NewGuid())).Message);
    }

    [Fact]
    public void A_term_cannot_go_under_itself_nor_leave_the_top_level_while_it_has_children()
    {
        var self = TermRules.Validate(TaxonomyKind.Category, new TermInput { Name = Health.Name, ParentId = Health.Id }, Health, Terms, hasChildren: false);
        Assert.Equal("A category cannot go under itself", Assert.Single(self).Message);

        var withChildren = TermRules.Validate(TaxonomyKind.Category, new TermInput { Name = Activities.Name, ParentId = Health.Id }, Activities, Terms, hasChildren: true);
        Assert.Equal("Activities and clubs has categories under it, so it must stay at the top level", Assert.Single(withChildren).Message);
    }

    [Fact]
    public void Editing_keeps_the_slug_and_may_keep_its_own_name()
    {
        var input = new TermInput { Name = "Youth clubs", Slug = "NOT A SLUG", ParentId = Activities.Id };
        Assert.Empty(TermRules.Validate(TaxonomyKind.Category, input, YouthClubs, Terms, hasChildren: false));
    }
}
