namespace Signpost.Search;

/// <summary>
/// Field-aware relevance computed in memory for every candidate: each query unit scores by the best
/// field it hits, name (8) over category/need terms and their synonyms (4) over organisation and
/// summary (2) over the description (1, known only because FTS5 matched the row). So a service with
/// "autism" in its name beats one that only lists autism among its needs, however long the terms
/// column is, and no BM25 has to be computed for thousands of rows to fill a page of twenty.
/// BM25 (when the match is small enough to score cheaply) and a shorter name break ties.
/// </summary>
internal sealed class RelevanceScorer
{
    public const double NameWeight = 8;
    public const double TermsWeight = 4;
    public const double OtherWeight = 2;
    public const double DescriptionWeight = 1;

    private readonly UnitMatcher[] units;
    private readonly double unmatchedWeight;

    public RelevanceScorer(IReadOnlyList<QueryUnit> queryUnits, SynonymSet synonyms, StemTable words, bool everyUnitMatched)
    {
        units = queryUnits.Select(u => UnitMatcher.For(u, synonyms, words)).ToArray();
        // With every word ANDed, a unit not in the short fields must be in the description; after the
        // any-word fallback it may be nowhere.
        unmatchedWeight = everyUnitMatched ? DescriptionWeight : 0;
    }

    public double Score(ServiceColumns columns, long row)
    {
        var score = 0.0;
        foreach (var unit in units)
        {
            score += unit.Hits(columns.NameStems(row)) ? NameWeight
                : unit.Hits(columns.TermStems(row)) ? TermsWeight
                : unit.Hits(columns.OtherStems(row)) ? OtherWeight
                : unmatchedWeight;
        }

        return score;
    }

    /// <summary>
    /// The stems one query unit hits. A field is a short array of stem ids, so a unit of one to three stems
    /// is a vectorised search of it; more (a synonym group, a prefix's completions) use a lookup table.
    /// </summary>
    private sealed class UnitMatcher
    {
        private readonly HashSet<int> stems = [];
        private readonly List<int[]> phrases = [];
        private int[] few = [];
        private bool[]? many;

        public static UnitMatcher For(QueryUnit unit, SynonymSet synonyms, StemTable words)
        {
            var matcher = new UnitMatcher();
            switch (unit.Kind)
            {
                case QueryUnitKind.Synonym:
                    foreach (var member in synonyms.Members(unit.SynonymGroup))
                    {
                        matcher.Add(member, words);
                    }

                    break;
                case QueryUnitKind.Phrase:
                    matcher.Add(unit.Words, words);
                    break;
                case QueryUnitKind.Prefix:
                    words.StemsWithPrefix(unit.Text, matcher.stems);
                    foreach (var completion in unit.Completions)
                    {
                        matcher.Add([completion], words);
                    }

                    break;
                default:
                    matcher.Add(unit.Words, words);
                    if (unit.Correction is not null)
                    {
                        matcher.Add([unit.Correction], words);
                    }

                    break;
            }

            matcher.Seal(words.StemCount);
            return matcher;
        }

        public bool Hits(ReadOnlySpan<int> span)
        {
            if (span.IsEmpty)
            {
                return false;
            }

            var hit = many is { } table ? HitsAny(span, table)
                : few.Length switch
                {
                    0 => false,
                    1 => span.Contains(few[0]),
                    2 => span.IndexOfAny(few[0], few[1]) >= 0,
                    _ => span.IndexOfAny(few[0], few[1], few[2]) >= 0,
                };
            if (hit)
            {
                return true;
            }

            foreach (var phrase in phrases)
            {
                var all = true;
                foreach (var stem in phrase)
                {
                    if (!span.Contains(stem))
                    {
                        all = false;
                        break;
                    }
                }

                if (all)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HitsAny(ReadOnlySpan<int> field, bool[] table)
        {
            foreach (var stem in field)
            {
                if ((uint)stem < (uint)table.Length && table[stem])
                {
                    return true;
                }
            }

            return false;
        }

        private void Seal(int stemCount)
        {
            if (stems.Count <= 3)
            {
                few = [.. stems];
                return;
            }

            many = new bool[stemCount];
            foreach (var stem in stems)
            {
                many[stem] = true;
            }
        }

        private void Add(IReadOnlyList<string> phraseWords, StemTable words)
        {
            // Words of a phrase must all be in the field (their order is not checked: this only ranks, FTS5 matched).
            var phraseStems = new List<int>();
            foreach (var word in phraseWords)
            {
                if (phraseWords.Count > 1 && StopWords.Contains(word))
                {
                    continue;
                }

                var stem = words.StemOfWord(word);
                if (stem < 0)
                {
                    return;
                }

                if (!phraseStems.Contains(stem))
                {
                    phraseStems.Add(stem);
                }
            }

            if (phraseStems.Count == 1)
            {
                stems.Add(phraseStems[0]);
            }
            else if (phraseStems.Count > 1)
            {
                phrases.Add([.. phraseStems]);
            }
        }
    }
}
