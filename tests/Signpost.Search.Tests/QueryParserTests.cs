namespace Signpost.Search.Tests;

public class QueryParserTests
{
    private static string Expression(string text, bool prefix = false, bool matchAll = true) =>
        FtsQueryBuilder.Build(QueryParser.Parse(text, prefix, TestDocuments.Synonyms), TestDocuments.Synonyms, matchAll) ?? "";

    [Fact]
    public void Every_word_is_quoted_and_stop_words_are_dropped()
    {
        Assert.Equal("\"help\" AND \"money\"", Expression("help with the money"));
    }

    [Fact]
    public void Fts5_operators_typed_by_a_person_become_plain_words()
    {
        Assert.Equal("\"youth\" AND \"near\" AND \"club\" AND \"name\" AND \"x\"", Expression("youth AND NEAR(club* -name:x ^"));
        Assert.Equal("\"youth\" OR \"club\"", Expression("youth OR club", matchAll: false).Replace(" OR \"or\"", ""));
    }

    [Fact]
    public void A_quoted_phrase_stays_a_phrase_with_its_stop_words()
    {
        Assert.Equal("\"stay and play\" AND \"widnes\"", Expression("\"stay and play\" widnes"));
    }

    [Fact]
    public void An_unclosed_quote_is_ignored()
    {
        Assert.Equal("\"stay\" AND \"play\"", Expression("\"stay and play"));
    }

    [Fact]
    public void A_multi_word_synonym_is_found_before_the_text_is_split_into_words()
    {
        var expression = Expression("someone to talk to in widnes");

        Assert.StartsWith("(\"someone to talk to\" OR \"talk to someone\" OR \"counselling\"", expression, StringComparison.Ordinal);
        Assert.EndsWith("AND \"widnes\"", expression, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_word_synonym_expands_to_its_group()
    {
        Assert.Contains("\"child and adolescent mental health\"", Expression("CAMHS"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_word_is_a_prefix_only_when_asked()
    {
        Assert.Equal("\"youth\" AND \"footba\"*", Expression("youth footba", prefix: true));
        Assert.Equal("\"youth\" AND \"footba\"", Expression("youth footba"));
    }

    [Fact]
    public void A_prefix_that_is_a_stop_word_is_kept_because_it_may_be_the_start_of_a_word()
    {
        Assert.Equal("\"you\"*", Expression("you", prefix: true));
    }

    [Fact]
    public void Diacritics_and_case_are_folded_like_the_index()
    {
        Assert.Equal("\"cafe\"", Expression("CAFÉ"));
    }

    [Fact]
    public void Only_stop_words_and_punctuation_give_no_expression()
    {
        Assert.Equal("", Expression("the and of \"\" * - : ^ 🙂"));
    }

    [Fact]
    public void A_very_long_query_is_capped()
    {
        var units = QueryParser.Parse(string.Join(' ', Enumerable.Range(0, 500).Select(i => "word" + i)), false, TestDocuments.Synonyms);

        Assert.Equal(QueryParser.MaxUnits, units.Count);
    }
}
