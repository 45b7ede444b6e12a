namespace Signpost.Search;

/// <summary>
/// Turns the page of candidates a search shows into hits: snippets, labels, distance and "open now". Only the
/// twenty or so shown get this work, however many matched.
/// </summary>
internal sealed class HitWriter(SearchIndex index, SearchRequest request)
{
    public List<SearchHit> Write(IReadOnlyList<Candidate> shown, TextMatch text)
    {
        var marked = shown.Count == 0 || !text.HasWords
            ? null
            : Marked(shown, SnippetQuery.Compile(text.Units, index.Synonyms, index.Factory.Words, StemOfUnseen));
        return shown.Select((c, i) => Hit(c, marked?[i])).ToList();
    }

    private int StemOfUnseen(string word) =>
        index.Postings.Stemmer.Stem(word) is { } stem ? index.Factory.Words.StemIdOf(stem) : -1;

    /// <summary>
    /// Each hit's snippet from the in-memory snippet writer: from the summary, or else from the description. Null
    /// where neither holds a match.
    /// </summary>
    private string?[] Marked(IReadOnlyList<Candidate> shown, SnippetQuery snippets)
    {
        var words = index.Factory.Words;
        var marked = new string?[shown.Count];
        for (var i = 0; i < shown.Count; i++)
        {
            var row = shown[i].Service.Row;
            marked[i] = SnippetWriter.Write(SnippetFormatter.WithoutMarkers(index.Texts.Get(row, RowText.Summary)), snippets, words)
                ?? SnippetWriter.Write(index.Texts.Get(row, RowText.Description), snippets, words);
        }

        return marked;
    }

    /// <param name="marked">The snippet writer's snippet, with markers; null to show the summary as it is.</param>
    private SearchHit Hit(Candidate candidate, string? marked)
    {
        var service = candidate.Service;
        var source = service.Source;
        var summary = index.Texts.Get(service.Row, RowText.Summary);
        var snippet = marked is null ? SnippetFormatter.Escape(summary) : SnippetFormatter.Highlight(marked);
        var clock = request.OpenAt ?? request.Now;
        return new SearchHit(
            source.Id,
            source.Slug,
            source.Name,
            summary,
            snippet,
            source.OrganisationName ?? string.Empty,
            source.MinimumAge,
            source.MaximumAge,
            service.CategoryLabels,
            service.NeedLabels,
            source.IsFree,
            candidate.Distance is { } d ? Math.Round(d, 2) : null,
            candidate.Coverage,
            clock is { } at && OpeningTimes.IsOpen(service, at));
    }
}
