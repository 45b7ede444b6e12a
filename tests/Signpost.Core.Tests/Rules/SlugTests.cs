using Signpost.Core.Rules;

namespace Signpost.Core.Tests.Rules;

public class SlugTests
{
    [Theory]
    [InlineData("Bumps & Babies (Widnes)", "bumps-and-babies-widnes")]
    [InlineData("  Children's Centre  ", "childrens-centre")]
    [InlineData("Café Déjà Vu", "cafe-deja-vu")]
    [InlineData("LGBTQ+ Youth Group", "lgbtq-plus-youth-group")]
    [InlineData("CAMHS -- Tier 3", "camhs-tier-3")]
    [InlineData("---", "")]
    public void From_makes_lower_case_ascii_words_joined_by_hyphens(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    [Theory]
    [InlineData("kingsway-youth-club", true)]
    [InlineData("Kingsway-Youth-Club", false)]
    [InlineData("kingsway--club", false)]
    [InlineData("-kingsway", false)]
    [InlineData("", false)]
    [InlineData("../etc/passwd", false)]
    public void IsValid_accepts_only_canonical_slugs(string slug, bool expected) =>
        Assert.Equal(expected, Slug.IsValid(slug));
}
