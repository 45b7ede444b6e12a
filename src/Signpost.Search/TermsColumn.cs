namespace Signpost.Search;

/// <summary>The text of the FTS5 terms column: category and need labels, then every synonym group those labels belong to.</summary>
internal static class TermsColumn
{
    public static string Text(SearchDocument document, SynonymSet synonyms) =>
        Text((document.Categories ?? []).Concat(document.Needs ?? []).Select(t => t.Label), synonyms);

    public static string Text(IEnumerable<string> labels, SynonymSet synonyms)
    {
        var joined = string.Join("; ", labels.Distinct());
        var expansions = synonyms.ExpansionsFor(joined).ToList();
        return SnippetFormatter.WithoutMarkers(expansions.Count == 0 ? joined : joined + "; " + string.Join("; ", expansions));
    }
}
