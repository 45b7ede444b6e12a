namespace Signpost.Search;

/// <summary>
/// Turns the page of candidates a search shows into hits: snippets, labels, distance and "open now". Only the
/// twenty or so shown get this work, however many matched.
/// </summary>
internal sealed class HitWriter(SearchIndex index, SearchReader reader, SearchRequest request)
{
    public List<SearchHit> Write(IReadOnlyList<Candidate> shown, TextMatch text)
    {
        var snippets = shown.Count == 0 || !text.HasWords
            ? null
            : SnippetQuery.Compile(text.Units, index.Synonyms, index.Factory.Words, word => reader.Exists(FtsQueryBuilder.Quote(word)));
        return shown.Select(c => Hit(c, text.SnippetExpression, snippets)).ToList();
    }

    /// <param name="snippets">The in-memory snippet phrases, or null when snippet() must do it (see <see cref="SnippetQuery.Compile"/>).</param>
    private SearchHit Hit(Candidate candidate, string? expression, SnippetQuery? snippets)
    {
        var service = candidate.Service;
        var source = service.Source;
        string snippet;
        if (expression is null)
        {
            snippet = SnippetFormatter.Escape(source.Summary ?? string.Empty);
        }
        else if (snippets is not null)
        {
            // The summary is in memory; the description is fetched only when the summary has no match.
            var words = index.Factory.Words;
            var marked = SnippetWriter.Write(SnippetFormatter.WithoutMarkers(source.Summary), snippets, words)
                ?? SnippetWriter.Write(reader.Description(service.Row), snippets, words);
            snippet = marked is null ? SnippetFormatter.Escape(source.Summary ?? string.Empty) : SnippetFormatter.Highlight(marked);
        }
        else
        {
            var (summary, description) = reader.Snippets(expression, service.Row);
            snippet = SnippetFormatter.Format(summary, description, source.Summary ?? string.Empty);
        }

        var clock = request.OpenAt ?? request.Now;
        return new SearchHit(
            source.Id,
            source.Slug,
            source.Name,
            source.Summary ?? string.Empty,
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
