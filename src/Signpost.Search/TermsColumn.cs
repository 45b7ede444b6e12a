namespace Signpost.Search;

/// <summary>The text of the FTS5 terms column: category and need labels, then every synonym group those labels belong to.</summary>
internal static class TermsColumn
{
    public static string Text(SearchDocument document, SynonymSet synonyms) => OfJoinedLabels(JoinedLabels(document), synonyms);

    public static string Text(IEnumerable<string> labels, SynonymSet synonyms) => OfJoinedLabels(string.Join("; ", labels.Distinct()), synonyms);

    /// <summary>The labels as the column starts, which is all the rest of the column depends on.</summary>
    public static string JoinedLabels(SearchDocument document) =>
        string.Join("; ", (document.Categories ?? []).Concat(document.Needs ?? []).Select(t => t.Label).Distinct());

    public static string OfJoinedLabels(string joined, SynonymSet synonyms)
    {
        var expansions = synonyms.ExpansionsFor(joined).ToList();
        return SnippetFormatter.WithoutMarkers(expansions.Count == 0 ? joined : joined + "; " + string.Join("; ", expansions));
    }
}
