namespace Signpost.Search;

/// <summary>
/// The text stage of a search: which services the words match (and their BM25 scores), the FTS5
/// expression used (for snippets), and any spelling correction. Decided before any filter, so that
/// selecting a facet value never changes how the words were read.
/// </summary>
internal sealed class TextMatch
{
    /// <summary>How many words one query may try to correct; a pasted paragraph should not cost a trigram scan per word.</summary>
    private const int MaxCorrections = 6;

    /// <summary>Completions per prefix: enough for what people mean, few enough to keep the OR cheap.</summary>
    private const int MaxCompletions = 24;

    /// <summary>
    /// Up to this many matches, BM25 is worth computing as the tie-break within a relevance tier; beyond,
    /// scoring every match costs more than the page is worth (see <see cref="RelevanceScorer"/>).
    /// </summary>
    private const int MaxScoredMatches = 300;

    private TextMatch()
    {
    }

    /// <summary>False when the text had no searchable words, so every service is a candidate.</summary>
    public bool HasWords { get; private init; }

    public string? Expression { get; private init; }

    /// <summary>Matching rows in rowid order (shared with the match cache).</summary>
    public MatchedRows Rows { get; private set; } = MatchedRows.None;

    /// <summary>BM25, parallel to <see cref="Rows"/>; empty when not needed or the match is too large to score cheaply.</summary>
    public double[] Scores { get; private set; } = [];

    public bool MatchedAnyWord { get; private init; }

    /// <summary>The parsed (and corrected) query, for <see cref="RelevanceScorer"/>.</summary>
    public IReadOnlyList<QueryUnit> Units { get; private init; } = [];

    public string? CorrectedText { get; private init; }

    public static TextMatch Run(SearchRequest request, SynonymSet synonyms, Vocabulary vocabulary, SearchReader reader, bool needScores, SearchCaches caches, long highestRow, PostingIndex? postings)
    {
        var units = QueryParser.Parse(request.Text, request.Prefix, synonyms);
        if (units.Count == 0)
        {
            return new TextMatch();
        }

        foreach (var unit in units.Where(u => u.Kind == QueryUnitKind.Prefix))
        {
            unit.Completions = vocabulary.Completions(unit.Text, MaxCompletions);
        }

        var corrected = request.CorrectSpelling && Correct(units, synonyms, vocabulary, reader, caches);
        var expression = FtsQueryBuilder.Build(units, synonyms, matchAll: true)!;
        var match = new TextMatch
        {
            HasWords = true,
            Units = units,
            Expression = expression,
            CorrectedText = corrected ? CorrectedTextOf(request.Text!, units) : null,
        };
        match.Execute(reader, expression, needScores, caches, highestRow, postings, synonyms);
        if (match.Rows.Count > 0 || units.Count < 2)
        {
            return match;
        }

        return match.Relaxed(reader, synonyms, needScores, caches, highestRow, postings);
    }

    /// <summary>
    /// The same words matched by any rather than every one (best first by relevance), for when every word
    /// together finds nothing, or nothing that passes the filters; null when there is only one unit.
    /// </summary>
    public TextMatch? Relax(SearchReader reader, SynonymSet synonyms, bool needScores, SearchCaches caches, long highestRow, PostingIndex? postings) =>
        !HasWords || MatchedAnyWord || Units.Count < 2 ? null : Relaxed(reader, synonyms, needScores, caches, highestRow, postings);

    private TextMatch Relaxed(SearchReader reader, SynonymSet synonyms, bool needScores, SearchCaches caches, long highestRow, PostingIndex? postings)
    {
        var units = Units;
        var match = this;
        var anyWord = FtsQueryBuilder.Build(units, synonyms, matchAll: false)!;
        var relaxed = new TextMatch
        {
            HasWords = true,
            Units = units,
            Expression = anyWord,
            CorrectedText = match.CorrectedText,
            MatchedAnyWord = true,
        };
        relaxed.Execute(reader, anyWord, needScores, caches, highestRow, postings, synonyms);
        return relaxed;
    }

    private static bool Correct(List<QueryUnit> units, SynonymSet synonyms, Vocabulary vocabulary, SearchReader reader, SearchCaches caches)
    {
        var corrected = false;
        foreach (var unit in units.Where(u => u.Kind == QueryUnitKind.Word).Take(MaxCorrections))
        {
            if (!caches.Corrections.TryGet(unit.Text, caches.Version, out var correction))
            {
                correction = SpellingCorrector.Correct(unit.Text, vocabulary, reader);
                caches.Corrections.Set(unit.Text, correction, caches.Version);
            }

            if (correction is null)
            {
                continue;
            }

            unit.Correction = correction;
            if (synonyms.TryFindGroup(correction, out var group))
            {
                unit.Kind = QueryUnitKind.Synonym;
                unit.SynonymGroup = group;
            }

            corrected = true;
        }

        return corrected;
    }

    private static string CorrectedTextOf(string text, List<QueryUnit> units)
    {
        var result = text;
        foreach (var unit in units.Where(u => u.Correction is not null).OrderByDescending(u => u.Start))
        {
            result = result[..unit.Start] + unit.Correction + result[(unit.Start + unit.Length)..];
        }

        return result.Trim();
    }

    /// <summary>
    /// The expression for BM25 over rows already known, without the words and phrases none of them holds. FTS5's BM25
    /// reads every row holding each phrase of the query to weigh it, which is most of a ranked search's time for a
    /// synonym group of common phrases; a phrase in none of the rows adds exactly zero to each row's score, and each
    /// row still matches through the phrases it holds, so the rows and scores are the same.
    /// </summary>
    private string RankingExpression(string expression, MatchedRows rows, PostingIndex postings, SynonymSet synonyms) =>
        FtsQueryBuilder.Build(Units, synonyms, matchAll: !MatchedAnyWord, alternative => postings.OccursInAny(alternative, rows)) ?? expression;

    private void Execute(SearchReader reader, string expression, bool needScores, SearchCaches caches, long highestRow, PostingIndex? postings, SynonymSet synonyms)
    {
        var version = caches.Version;
        if (caches.Matches.TryGet((expression, needScores), version, out var cached))
        {
            Rows = cached.Rows;
            Scores = cached.Scores;
            return;
        }

        var rows = new List<long>();
        var scores = new List<double>();
        var posted = postings?.Match(Units, synonyms, matchAll: !MatchedAnyWord, highestRow);
        if (posted is null)
        {
            reader.Rows(expression, rows);
        }

        var count = posted?.Count ?? rows.Count;
        if (needScores && count > 0 && count <= MaxScoredMatches)
        {
            rows.Clear();
            reader.Ranked(posted is null ? expression : RankingExpression(expression, posted, postings!, synonyms), rows, scores);
            posted = null;
        }

        Rows = posted ?? MatchedRows.From(rows, highestRow);
        Scores = [.. scores];
        caches.Matches.Set((expression, needScores), new CachedMatch(Rows, Scores), version);
    }
}
