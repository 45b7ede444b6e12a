using Microsoft.Data.Sqlite;

namespace Signpost.Search.Tests;

using static TestDocuments;

/// <summary>
/// Snippets are written in memory (see SnippetWriter); these pin them to what FTS5's own snippet() gives for the
/// same text and query, so the words marked are exactly the words FTS5 matched.
/// </summary>
public class SnippetTests
{
    private const string LongDescription =
        "Our team works across the borough. We visit schools, youth clubs and libraries every week. "
        + "Young people can talk to a counsellor in confidence: counselling sessions last an hour. "
        + "Parents are welcome to call us first. We also run a homework club on Tuesdays and a drop-in on Fridays. "
        + "Nobody is turned away, and there is no waiting list for the drop-in.";

    [Theory]
    [InlineData("Counselling for young people.", "", "counsellor", false)]
    [InlineData("Counselling and counselled and counsellors.", "", "counselling", false)]
    [InlineData("A short summary.", LongDescription, "homework club", false)]
    [InlineData("A short summary.", LongDescription, "\"homework club\"", false)]
    [InlineData("A short summary.", LongDescription, "drop in waiting", false)]
    [InlineData("A short summary.", LongDescription, "counsel", true)]
    [InlineData("A short summary.", LongDescription, "talk to someone", false)]
    [InlineData("A short summary.", LongDescription, "parents call", false)]
    [InlineData("A short summary.", LongDescription, "borough", false)]
    [InlineData("A short summary.", LongDescription, "nobody waiting list", false)]
    [InlineData("Sure Start centre and family hub sessions.", "", "sure start", false)]
    [InlineData("Café and crèche for families.", "", "cafe creche", false)]
    [InlineData("Cafe and creche for families.", "", "café", false)]
    [InlineData("Club club club, the club of clubs.", "", "club", false)]
    [InlineData("Fish & chips <b>night</b> at the club.", "", "chips night", false)]
    [InlineData("Nothing matches here.", LongDescription, "libraries", false)]
    [InlineData("Homework help.", LongDescription, "homework", false)]
    [InlineData("Clubs for young people and a club night.", "", "clubbing", false)]
    [InlineData("A short summary.", LongDescription, "visiting counselled", false)]
    public void Snippets_are_what_fts5_snippet_gives(string summary, string description, string text, bool prefix)
    {
        using var index = Build(Service("Test service", summary, description));

        var hit = index.Search(Request(text) with { Prefix = prefix, CorrectSpelling = false }).Hits.Single();

        Assert.Equal(Fts5Snippet(index, summary, description, text, prefix), hit.Snippet);
    }

    [Fact]
    public void A_long_text_is_cut_to_the_matches_with_an_ellipsis_either_side()
    {
        using var index = Build(Service("Test service", "A short summary.", LongDescription));

        var snippet = index.Search(Request("homework")).Hits.Single().Snippet;

        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>homework</mark>", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length < LongDescription.Length / 2);
    }

    [Fact]
    public void Diacritics_and_stems_are_marked_as_written()
    {
        using var index = Build(Service("Test service", "Café drop-in with counselling for parents."));

        var snippet = index.Search(Request("cafe counsellor")).Hits.Single().Snippet;

        // WebUtility.HtmlEncode writes é as a character reference; the browser shows "Café".
        Assert.Equal("<mark>Caf&#233;</mark> drop-in with <mark>counselling</mark> for parents.", snippet);
    }

    [Fact]
    public void A_misspelling_that_matches_nothing_leaves_the_other_words_marked()
    {
        using var index = Build(Service("Test service", "Homework club in the library."));

        var snippet = index.Search(Request("homework zzqx") with { CorrectSpelling = false }).Hits.Single().Snippet;

        Assert.Equal("<mark>Homework</mark> club in the library.", snippet);
    }

    /// <summary>snippet() over a one-row FTS5 table with the engine's tokenizer and the engine's snippet expression.</summary>
    private static string Fts5Snippet(SearchIndex index, string summary, string description, string text, bool prefix)
    {
        var units = QueryParser.Parse(text, prefix, index.Synonyms);
        foreach (var unit in units.Where(u => u.Kind == QueryUnitKind.Prefix))
        {
            unit.Completions = index.Vocabulary.Completions(unit.Text, 24);
        }

        var expression = FtsQueryBuilder.Build(units, index.Synonyms, matchAll: false);
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            CREATE VIRTUAL TABLE t USING fts5({SearchDatabase.FtsColumns}, tokenize='porter unicode61 remove_diacritics 2');
            INSERT INTO t(rowid, name, terms, organisation, summary, description) VALUES (1, 'Test service', '', '', $summary, $description);
            """;
        command.Parameters.AddWithValue("$summary", summary);
        command.Parameters.AddWithValue("$description", description);
        command.ExecuteNonQuery();
        command.Parameters.Clear();
        command.CommandText = "SELECT snippet(t, 3, char(1), char(2), '…', 24), snippet(t, 4, char(1), char(2), '…', 24) FROM t WHERE t MATCH $q";
        command.Parameters.AddWithValue("$q", expression);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        // The engine's rule: the summary's snippet if it marks anything, else the description's, else the summary.
        var (summarySnippet, descriptionSnippet) = (reader.GetString(0), reader.GetString(1));
        var chosen = summarySnippet.Contains(SearchReader.MarkStart) ? summarySnippet
            : descriptionSnippet.Contains(SearchReader.MarkStart) ? descriptionSnippet
            : null;
        return chosen is null ? SnippetFormatter.Escape(summary) : SnippetFormatter.Highlight(chosen);
    }
}
