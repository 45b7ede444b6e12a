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
    /// The phrases of <paramref name="units"/>. A word the index has never seen as written takes the stem FTS5 would
    /// give it (<paramref name="stemOfUnseen"/>, -1 when no indexed word has that stem: then its phrase cannot occur
    /// and is left empty). A bare prefix with no completion in the vocabulary is left empty too: no shown word
    /// completes it, so there is nothing to mark.
    /// </summary>
    public static SnippetQuery Compile(IReadOnlyList<QueryUnit> units, SynonymSet synonyms, StemTable words, Func<string, int> stemOfUnseen)
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
                phrases.Add([]);
                continue;
            }

            foreach (var alternative in alternatives)
            {
                var stems = new int[alternative.Count];
                for (var i = 0; i < stems.Length && stems is not []; i++)
                {
                    stems[i] = words.Knows(alternative[i]) ? words.StemOfWord(alternative[i]) : stemOfUnseen(alternative[i]);
                    if (stems[i] < 0)
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
