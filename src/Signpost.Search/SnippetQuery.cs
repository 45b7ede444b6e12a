namespace Signpost.Search;

/// <summary>
/// The phrases of a search's snippet expression (see <see cref="FtsQueryBuilder"/>, any word) as Porter stem ids,
/// in the order FTS5 numbers them, so <see cref="SnippetWriter"/> can find in memory the very instances FTS5 would.
/// </summary>
internal sealed class SnippetQuery
{
    private SnippetQuery(int[][] phrases) => Phrases = phrases;

    /// <summary>Each phrase's stems, which must follow one another in the text; a phrase that cannot occur is empty.</summary>
    public int[][] Phrases { get; }

    /// <summary>
    /// The phrases of <paramref name="units"/>, or null when one cannot be matched exactly in memory: a bare prefix
    /// ("abc"*, when the vocabulary had no completion) or a word the index has never seen as written but whose
    /// stem it holds (only FTS5 knows that stem). <paramref name="occurs"/> tells whether FTS5 matches a word anywhere:
    /// a misspelling that matches nothing leaves its phrase empty rather than costing the exact path.
    /// </summary>
    public static SnippetQuery? Compile(IReadOnlyList<QueryUnit> units, SynonymSet synonyms, StemTable words, Func<string, bool> occurs)
    {
        var phrases = new List<int[]>();
        foreach (var unit in units)
        {
            IEnumerable<IReadOnlyList<string>> alternatives = unit.Kind switch
            {
                QueryUnitKind.Synonym => synonyms.Members(unit.SynonymGroup),
                QueryUnitKind.Prefix => unit.Completions.Select(c => (IReadOnlyList<string>)[c]),
                _ => unit.Correction is null ? [unit.Words] : [unit.Words, [unit.Correction]],
            };
            if (unit.Kind == QueryUnitKind.Prefix && unit.Completions.Count == 0)
            {
                return null;
            }

            foreach (var alternative in alternatives)
            {
                var stems = new int[alternative.Count];
                for (var i = 0; i < stems.Length && stems is not []; i++)
                {
                    if (words.Knows(alternative[i]))
                    {
                        stems[i] = words.StemOfWord(alternative[i]);
                    }
                    else if (occurs(alternative[i]))
                    {
                        return null;
                    }
                    else
                    {
                        stems = [];
                    }
                }

                phrases.Add(stems);
            }
        }

        return new SnippetQuery([.. phrases]);
    }
}
