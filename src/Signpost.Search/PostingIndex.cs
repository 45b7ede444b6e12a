using System.Numerics;

namespace Signpost.Search;

/// <summary>
/// Which rows each Porter stem occurs in, and each multi-word synonym member as a phrase, held in memory so
/// that the text stage of most searches is a few bitmap operations instead of an FTS5 query. FTS5 merges
/// position lists to answer "family hub" OR "children's centre" OR ... across tens of thousands of rows; the
/// same answer here is precomputed. Exactness is the rule: rows match exactly what FTS5 would match (same
/// tokens, same stems, phrases as consecutive tokens within one column), and anything this cannot answer
/// exactly (a quoted phrase it has not seen, a bare prefix) is left to FTS5 by returning null.
/// </summary>
internal sealed class PostingIndex
{
    /// <summary>Longer words are not in the <see cref="StemTable"/> (see <see cref="Vocabulary"/>); they are posted by stem text.</summary>
    private const int MaxTableWord = 40;

    private readonly StemTable words;
    private readonly QueryStemmer stemmer;
    private readonly List<RowList?> byStem = [];
    private readonly Dictionary<string, RowList> strays = new(StringComparer.Ordinal);
    private readonly PostingScanner scanner;
    private Dictionary<string, PhrasePostings> phrases = new(StringComparer.Ordinal);
    private int stemsWhenRefreshed = -1;
    private long answered;

    public PostingIndex(StemTable words, QueryStemmer stemmer)
    {
        this.words = words;
        this.stemmer = stemmer;
        scanner = new PostingScanner(this);
    }

    internal StemTable Words => words;

    internal QueryStemmer Stemmer => stemmer;

    internal Dictionary<int, PhrasePostings[]> PhrasesByFirstStem { get; private set; } = [];

    /// <summary>How many matches were answered here rather than by FTS5 (tests check the path is taken).</summary>
    internal long Answered => Interlocked.Read(ref answered);

    /// <summary>Posts every row (texts as FTS5 holds them, <see cref="SearchDatabase.FtsColumns"/> order), in row order.</summary>
    public void Build(IReadOnlyList<(long Row, string?[] Texts)> rows, SynonymSet synonyms)
    {
        Begin(synonyms);
        long highest = 0;
        foreach (var (row, texts) in rows)
        {
            Add(row, texts);
            highest = Math.Max(highest, row);
        }

        Seal(highest);
    }

    /// <summary>Empties the postings before rows are added in row order (a build), ending with <see cref="Seal"/>.</summary>
    public void Begin(SynonymSet synonyms)
    {
        byStem.Clear();
        strays.Clear();
        SetPhrases(synonyms);
    }

    /// <summary>Turns each list into its final form (a bitmap once common) for rows up to <paramref name="highest"/>.</summary>
    public void Seal(long highest)
    {
        foreach (var list in byStem)
        {
            list?.Seal(highest);
        }

        foreach (var list in strays.Values.Concat(phrases.Values.Select(p => p.Rows)))
        {
            list.Seal(highest);
        }
    }

    public void Add(long row, string?[] texts)
    {
        RefreshPhrases();
        scanner.Scan(texts);
        Post((int)row);
    }

    /// <summary>
    /// A build's <see cref="Add"/>: one pass over the texts also counts every word into <paramref name="vocabulary"/>
    /// and numbers and stems the words the index has not seen, so a service's text is read once, not twice.
    /// </summary>
    public void AddCounting(long row, string?[] texts, Vocabulary vocabulary, Func<IReadOnlyList<string>, string[]> stem)
    {
        scanner.ScanCounting(texts, vocabulary, stem);
        Post((int)row);
    }

    private void Post(int at)
    {
        foreach (var stem in scanner.Stems)
        {
            while (byStem.Count <= stem)
            {
                byStem.Add(null);
            }

            (byStem[stem] ??= new RowList()).Add(at);
        }

        foreach (var stem in scanner.StrayStems)
        {
            if (!strays.TryGetValue(stem, out var list))
            {
                strays[stem] = list = new RowList();
            }

            list.Add(at);
        }

        foreach (var phrase in scanner.Phrases)
        {
            phrase.Rows.Add(at);
        }
    }

    public void Remove(long row, string?[] texts)
    {
        scanner.Scan(texts);
        var at = (int)row;
        foreach (var stem in scanner.Stems)
        {
            if (stem < byStem.Count)
            {
                byStem[stem]?.Remove(at);
            }
        }

        foreach (var stem in scanner.StrayStems)
        {
            if (strays.TryGetValue(stem, out var list))
            {
                list.Remove(at);
            }
        }

        foreach (var phrase in scanner.Phrases)
        {
            phrase.Rows.Remove(at);
        }
    }

    /// <summary>
    /// The rows the units match, every unit (<paramref name="matchAll"/>) or any; null when some part needs FTS5.
    /// </summary>
    public MatchedRows? Match(IReadOnlyList<QueryUnit> units, SynonymSet synonyms, bool matchAll, long highestRow)
    {
        var length = (int)(highestRow >> 6) + 1;
        var scratch = PostingBits.For(length);
        var result = scratch.Result.AsSpan(0, length);
        var unit = scratch.Unit.AsSpan(0, length);
        for (var u = 0; u < units.Count; u++)
        {
            var target = u == 0 ? result : unit;
            target.Clear();
            if (!AddUnit(units[u], synonyms, target))
            {
                return null;
            }

            if (u > 0)
            {
                for (var i = 0; i < length; i++)
                {
                    result[i] = matchAll ? result[i] & unit[i] : result[i] | unit[i];
                }
            }
        }

        var count = 0;
        foreach (var word in result)
        {
            count += BitOperations.PopCount(word);
        }

        Interlocked.Increment(ref answered);
        return MatchedRows.FromBits(result, count, highestRow);
    }

    private bool AddUnit(QueryUnit unit, SynonymSet synonyms, Span<ulong> bits)
    {
        switch (unit.Kind)
        {
            case QueryUnitKind.Synonym:
                foreach (var member in synonyms.Members(unit.SynonymGroup))
                {
                    if (!AddAlternative(member, bits))
                    {
                        return false;
                    }
                }

                return true;
            case QueryUnitKind.Prefix:
                if (unit.Completions.Count == 0)
                {
                    return false;
                }

                foreach (var completion in unit.Completions)
                {
                    if (!AddAlternative([completion], bits))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return AddAlternative(unit.Words, bits)
                    && (unit.Correction is null || AddAlternative([unit.Correction], bits));
        }
    }

    /// <summary>
    /// Whether an alternative of a unit (a word or phrase, as <see cref="FtsQueryBuilder"/> quotes it) occurs in any of
    /// <paramref name="rows"/>; true when this cannot tell, so a caller that drops the others stays exact.
    /// </summary>
    public bool OccursInAny(IReadOnlyList<string> tokens, MatchedRows rows)
    {
        var lists = new List<RowList>(2);
        if (!CollectLists(tokens, lists))
        {
            return true;
        }

        foreach (var row in rows)
        {
            foreach (var list in lists)
            {
                if (list.Contains((int)row))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool AddAlternative(IReadOnlyList<string> tokens, Span<ulong> bits)
    {
        var lists = new List<RowList>(2);
        if (!CollectLists(tokens, lists))
        {
            return false;
        }

        foreach (var list in lists)
        {
            list.SetBits(bits);
        }

        return true;
    }

    /// <summary>The row lists whose union is what FTS5 matches for the quoted tokens; false when only FTS5 can say.</summary>
    private bool CollectLists(IReadOnlyList<string> tokens, List<RowList> lists)
    {
        if (tokens.Count > 1)
        {
            if (!phrases.TryGetValue(string.Join(' ', tokens), out var phrase))
            {
                return false;
            }

            lists.Add(phrase.Rows);
            return true;
        }

        if (tokens.Count == 0)
        {
            return false;
        }

        var token = tokens[0];
        string? stem = null;
        int id;
        if (words.Knows(token))
        {
            id = words.StemOfWord(token);
            // A word too long for the table that shares the stem was posted by its text.
            stem = strays.Count > 0 ? stemmer.Stem(token) : null;
        }
        else
        {
            stem = stemmer.Stem(token);
            if (stem is null)
            {
                return false;
            }

            id = words.StemIdOf(stem);
        }

        if (id >= 0 && id < byStem.Count && byStem[id] is { } list)
        {
            lists.Add(list);
        }

        if (stem is not null && strays.TryGetValue(stem, out var stray))
        {
            lists.Add(stray);
        }

        return true;
    }

    private void SetPhrases(SynonymSet synonyms)
    {
        phrases = synonyms.Groups
            .SelectMany((_, group) => synonyms.Members(group))
            .Where(member => member.Length > 1)
            .DistinctBy(member => string.Join(' ', member))
            .ToDictionary(member => string.Join(' ', member), member => new PhrasePostings(member), StringComparer.Ordinal);
        stemsWhenRefreshed = -1;
        PhrasesByFirstStem = [];
        RefreshPhrases();
    }

    /// <summary>
    /// Gives phrases their stems; one with a word no text has yet cannot occur, until a new service brings the word
    /// (before it, no row can hold the phrase, so its empty row list stays right).
    /// </summary>
    internal void RefreshPhrases()
    {
        if (words.StemCount == stemsWhenRefreshed)
        {
            return;
        }

        stemsWhenRefreshed = words.StemCount;
        var changed = PhrasesByFirstStem.Count == 0;
        foreach (var phrase in phrases.Values)
        {
            if (phrase.Unresolved)
            {
                phrase.Resolve(this);
                changed |= !phrase.Unresolved;
            }
        }

        if (changed)
        {
            PhrasesByFirstStem = phrases.Values
                .Where(p => !p.Unresolved)
                .GroupBy(p => p.Stems[0])
                .ToDictionary(g => g.Key, g => g.ToArray());
        }
    }

    /// <summary>The stem id of a query or phrase word as FTS5 stems it, or -1 when no indexed text has that stem.</summary>
    internal int StemIdOfWord(string token)
    {
        if (words.Knows(token))
        {
            return words.StemOfWord(token);
        }

        return token.Length <= MaxTableWord && stemmer.Stem(token) is { } stem ? words.StemIdOf(stem) : -1;
    }
}
