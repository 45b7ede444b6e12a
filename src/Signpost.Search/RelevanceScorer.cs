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

    private readonly int[] stemOf;
    private readonly UnitMatcher[] units;
    private readonly double unmatchedWeight;

    public RelevanceScorer(IReadOnlyList<QueryUnit> queryUnits, SynonymSet synonyms, StemTable words, bool everyUnitMatched)
    {
        stemOf = words.StemOfSurface;
        units = queryUnits.Select(u => UnitMatcher.For(u, synonyms, words)).ToArray();
        // With every word ANDed, a unit not in the short fields must be in the description; after the
        // any-word fallback it may be nowhere.
        unmatchedWeight = everyUnitMatched ? DescriptionWeight : 0;
    }

    public double Score(IndexedService service)
    {
        var score = 0.0;
        foreach (var unit in units)
        {
            score += unit.Hits(service.NameWords, stemOf) ? NameWeight
                : unit.Hits(service.TermWords, stemOf) ? TermsWeight
                : unit.Hits(service.OtherWords, stemOf) ? OtherWeight
                : unmatchedWeight;
        }

        return score;
    }

    private sealed class UnitMatcher
    {
        private readonly bool[] single;
        private readonly List<int[]> phrases = [];
        private bool any;

        private UnitMatcher(int stems) => single = new bool[stems];

        public static UnitMatcher For(QueryUnit unit, SynonymSet synonyms, StemTable words)
        {
            var matcher = new UnitMatcher(words.StemCount);
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
                    var stems = new HashSet<int>();
                    words.StemsWithPrefix(unit.Text, stems);
                    foreach (var completion in unit.Completions)
                    {
                        matcher.Add([completion], words);
                    }

                    foreach (var stem in stems)
                    {
                        matcher.single[stem] = true;
                        matcher.any = true;
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

            return matcher;
        }

        public bool Hits(int[] field, int[] stemOf)
        {
            if (!any || field.Length == 0)
            {
                return false;
            }

            foreach (var word in field)
            {
                if ((uint)word < (uint)stemOf.Length && single[stemOf[word]])
                {
                    return true;
                }
            }

            foreach (var phrase in phrases)
            {
                var all = true;
                foreach (var stem in phrase)
                {
                    var found = false;
                    foreach (var word in field)
                    {
                        if ((uint)word < (uint)stemOf.Length && stemOf[word] == stem)
                        {
                            found = true;
                            break;
                        }
                    }

                    if (!found)
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

        private void Add(IReadOnlyList<string> phraseWords, StemTable words)
        {
            // Words of a phrase must all be in the field (their order is not checked: this only ranks, FTS5 matched).
            var stems = new List<int>();
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

                if (!stems.Contains(stem))
                {
                    stems.Add(stem);
                }
            }

            if (stems.Count == 0)
            {
                return;
            }

            any = true;
            if (stems.Count == 1)
            {
                single[stems[0]] = true;
            }
            else
            {
                phrases.Add([.. stems]);
            }
        }
    }
}
