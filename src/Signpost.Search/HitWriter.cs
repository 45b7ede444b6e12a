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
        var marked = text.SnippetExpression is not null && snippets is not null ? Marked(shown, snippets) : null;
        return shown.Select((c, i) => Hit(c, text.SnippetExpression, snippets, marked?[i])).ToList();
    }

    /// <summary>
    /// Each hit's snippet from the in-memory snippet writer: from the summary, which is in memory, or else from the
    /// description, fetched for the whole page at once. Null where neither holds a match.
    /// </summary>
    private string?[] Marked(IReadOnlyList<Candidate> shown, SnippetQuery snippets)
    {
        var words = index.Factory.Words;
        var marked = new string?[shown.Count];
        List<long>? needDescription = null;
        for (var i = 0; i < shown.Count; i++)
        {
            marked[i] = SnippetWriter.Write(SnippetFormatter.WithoutMarkers(shown[i].Service.Source.Summary), snippets, words);
            if (marked[i] is null)
            {
                (needDescription ??= []).Add(shown[i].Service.Row);
            }
        }

        if (needDescription is not null)
        {
            var descriptions = reader.Descriptions(needDescription);
            for (var i = 0; i < shown.Count; i++)
            {
                if (marked[i] is null && descriptions.TryGetValue(shown[i].Service.Row, out var description))
                {
                    marked[i] = SnippetWriter.Write(description, snippets, words);
                }
            }
        }

        return marked;
    }

    /// <param name="snippets">The in-memory snippet phrases, or null when snippet() must do it (see <see cref="SnippetQuery.Compile"/>).</param>
    /// <param name="marked">The in-memory snippet writer's snippet, when <paramref name="snippets"/> is not null.</param>
    private SearchHit Hit(Candidate candidate, string? expression, SnippetQuery? snippets, string? marked)
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
