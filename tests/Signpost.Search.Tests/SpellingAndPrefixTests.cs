namespace Signpost.Search.Tests;

using static TestDocuments;

public class SpellingAndPrefixTests
{
    private static SearchIndex Directory() => Build(
        Service("Sexual Health Drop-in", "Free, confidential sexual health clinic."),
        Service("Autism Parent Support Group", "Coffee mornings for parents of autistic children."),
        Service("Talking Space", "Counselling for young people."),
        Service("Welfare Rights", "Help to claim benefits and universal credit."),
        Service("Youth Football", "Football for ages 11 to 16."),
        Service("Employment Support", "Help into employment and training."),
        Service("Youth Clubs", "Clubs for young people."),
        Service("Activities", "Activities for families."));

    [Theory]
    [InlineData("sexual helth", "sexual health", "Sexual Health Drop-in")]
    [InlineData("autisim", "autism", "Autism Parent Support Group")]
    [InlineData("counseling", "counselling", "Talking Space")]
    [InlineData("bemefits", "benefits", "Welfare Rights")]
    [InlineData("Sexual Helth", "Sexual health", "Sexual Health Drop-in")]
    public void A_misspelt_word_is_corrected_from_the_vocabulary(string typed, string corrected, string expected)
    {
        using var index = Directory();

        var response = index.Search(Request(typed));

        Assert.Equal(corrected, response.CorrectedText);
        Assert.Equal(typed, response.SearchedText);
        Assert.Contains(response.Hits, h => h.Name == expected);
    }

    [Theory]
    [InlineData("football")]
    [InlineData("club")]
    [InlineData("activity")]
    public void Known_words_and_their_inflections_are_not_corrected(string typed)
    {
        using var index = Directory();

        var response = index.Search(Request(typed));

        Assert.Null(response.CorrectedText);
        Assert.Null(response.SearchedText);
    }

    [Fact]
    public void Correction_can_be_turned_off_to_search_instead_for_what_was_typed()
    {
        using var index = Directory();

        var response = index.Search(Request("sexual helth") with { CorrectSpelling = false });

        Assert.Null(response.CorrectedText);
        Assert.True(response.MatchedAnyWord);
    }

    [Theory]
    [InlineData("youth footba", "Youth Football")]
    [InlineData("employm", "Employment Support")]
    [InlineData("cou", "Talking Space")]
    [InlineData("activit", "Activities")]
    public void The_last_word_is_a_prefix_for_autocomplete_even_where_porter_stems_it(string typed, string expected)
    {
        using var index = Directory();

        Assert.Contains(index.Search(Request(typed) with { Prefix = true }).Hits, h => h.Name == expected);
    }

    [Fact]
    public void Suggest_offers_terms_labels_and_service_names()
    {
        using var index = Build(
            Service("Youth Football", categories: [Term("sport", "Sport and leisure")]),
            Service("Halton Youth Service"));

        Assert.Equal(["Youth Football"], index.Suggest("youth f"));
        Assert.Contains("Sport and leisure", index.Suggest("spo"));
        Assert.Contains("counselling", index.Suggest("couns"));
        Assert.Contains("Halton Youth Service", index.Suggest("youth"));
        Assert.True(index.Suggest("youth", max: 1).Count <= 1);
        Assert.Empty(index.Suggest("   "));
    }
}
