namespace Signpost.Search.Tests;

using static TestDocuments;

public class TextSearchTests
{
    private static SearchIndex Directory() => Build(
        Service("Halton CAMHS", "Child and adolescent mental health services for Halton.", categories: [Term("mental-health", "Mental health")]),
        Service("Young Minds Matter", "Support from the child and adolescent mental health team."),
        Service("Talking Space", "Counselling for young people aged 11 to 25."),
        Service("Ditton Family Hub", "Stay and play, baby clinic and parenting courses."),
        Service("Widnes Youth Club", "Games, sport and trips on Friday evenings.", description: "We also run a homework club."),
        Service("Homework Help", "Homework club in the library.", description: "Bring your homework."),
        Service("Autism Parent Support Group", "Monthly coffee mornings for parents.", categories: [Term("autism", "Autism")]),
        Service("Sexual Health Drop-in", "Free, confidential sexual health clinic for young people."),
        Service("Welfare Rights Service", "Benefits advice for families."));

    [Theory]
    [InlineData("camhs", "Young Minds Matter")]
    [InlineData("child and adolescent mental health", "Halton CAMHS")]
    [InlineData("someone to talk to", "Talking Space")]
    [InlineData("sure start", "Ditton Family Hub")]
    [InlineData("autistic", "Autism Parent Support Group")]
    public void Synonyms_find_services_that_use_another_word(string text, string expected)
    {
        using var index = Directory();

        Assert.Contains(index.Search(Request(text)).Hits, h => h.Name == expected);
    }

    [Fact]
    public void A_name_match_outranks_a_description_match()
    {
        using var index = Directory();

        var hits = index.Search(Request("homework")).Hits;

        Assert.Equal(["Homework Help", "Widnes Youth Club"], hits.Select(h => h.Name));
    }

    [Fact]
    public void An_exact_name_match_comes_first()
    {
        using var index = Build(
            Service("Youth Club Plus", "Youth club, youth club and more youth club.", categories: [Term("clubs", "Youth club")]),
            Service("Youth Club", "A place to go."));

        Assert.Equal("Youth Club", index.Search(Request("youth club")).Hits[0].Name);
    }

    [Fact]
    public void Words_are_anded_and_fall_back_to_any_word_when_nothing_has_them_all()
    {
        using var index = Directory();

        var all = index.Search(Request("homework library"));
        var any = index.Search(Request("homework zebra"));

        Assert.Equal(["Homework Help"], all.Hits.Select(h => h.Name));
        Assert.False(all.MatchedAnyWord);
        Assert.True(any.MatchedAnyWord);
        Assert.Equal(2, any.Total);
    }

    [Fact]
    public void A_quoted_phrase_must_appear_as_written()
    {
        using var index = Directory();

        Assert.Equal(["Homework Help", "Widnes Youth Club"], index.Search(Request("\"homework club\"")).Hits.Select(h => h.Name).Order());
        Assert.Equal(0, index.Search(Request("\"club homework\"")).Total);
    }

    [Fact]
    public void Snippets_mark_matches_and_escape_everything_else()
    {
        using var index = Build(Service("Drop in", "Free <script>alert('x')</script> sexual health & advice"));

        var snippet = index.Search(Request("sexual")).Hits.Single().Snippet;

        Assert.Contains("<mark>sexual</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", snippet, StringComparison.Ordinal);
        Assert.Contains("&amp;", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Marker_characters_in_partner_text_cannot_open_a_mark()
    {
        using var index = Build(Service("Drop in", "Evil \u0001text\u0002 about sexual health"));

        var snippet = index.Search(Request("sexual")).Hits.Single().Snippet;

        Assert.Equal(1, snippet.Split("<mark>").Length - 1);
    }

    [Fact]
    public void Without_words_the_snippet_is_the_escaped_summary()
    {
        using var index = Build(Service("Club", "Fish & chips"));

        Assert.Equal("Fish &amp; chips", index.Search(Request()).Hits.Single().Snippet);
    }

    [Fact]
    public void Pages_do_not_overlap_and_cover_every_result()
    {
        using var index = Build(Enumerable.Range(1, 45).Select(i => Service($"Youth club {i}", $"Youth club number {i}")).ToArray());

        var pages = Enumerable.Range(1, 4).Select(p => index.Search(Request("youth") with { Page = p, PageSize = 20 })).ToList();

        Assert.All(pages, p => Assert.Equal(45, p.Total));
        Assert.Equal([20, 20, 5, 0], pages.Select(p => p.Hits.Count));
        Assert.Equal(45, pages.SelectMany(p => p.Hits).Select(h => h.Id).Distinct().Count());
    }
}
