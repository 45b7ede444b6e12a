namespace Signpost.Search;

/// <summary>
/// Groups of equivalent terms (single words or phrases). Every member of a group finds the others,
/// both in the query (expanded to an OR) and in the index (a service's category and need labels
/// bring their whole group into its terms column).
/// </summary>
public sealed class SynonymSet
{
    private readonly Dictionary<string, int> groupByPhrase = new(StringComparer.Ordinal);
    private readonly List<string[][]> groupPhrases = [];

    public SynonymSet(IEnumerable<IReadOnlyList<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        foreach (var group in groups)
        {
            var phrases = group
                .Select(term => WordTokenizer.Tokenize(term).Select(t => t.Text).ToArray())
                .Where(words => words.Length > 0)
                .DistinctBy(words => string.Join(' ', words))
                .ToArray();
            if (phrases.Length < 2)
            {
                continue;
            }

            var index = groupPhrases.Count;
            groupPhrases.Add(phrases);
            foreach (var words in phrases)
            {
                // A term listed in two groups keeps its first group: one expansion per term keeps queries predictable.
                groupByPhrase.TryAdd(string.Join(' ', words), index);
                LongestPhrase = Math.Max(LongestPhrase, words.Length);
            }
        }

        Groups = groupPhrases.Select(g => (IReadOnlyList<string>)g.Select(w => string.Join(' ', w)).ToList()).ToList();
    }

    public static SynonymSet None { get; } = new([]);

    /// <summary>Each group's members, normalised to lower-case words separated by single spaces.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }

    internal int LongestPhrase { get; }

    internal bool TryFindGroup(string phrase, out int group) => groupByPhrase.TryGetValue(phrase, out group);

    internal IReadOnlyList<string[]> Members(int group) => groupPhrases[group];

    /// <summary>The members of every group one of whose members occurs as whole words in <paramref name="text"/>.</summary>
    internal IEnumerable<string> ExpansionsFor(string text)
    {
        if (groupPhrases.Count == 0)
        {
            yield break;
        }

        var words = WordTokenizer.Tokenize(text).Select(t => t.Text).ToArray();
        var found = new HashSet<int>();
        for (var start = 0; start < words.Length; start++)
        {
            for (var length = Math.Min(LongestPhrase, words.Length - start); length >= 1; length--)
            {
                if (TryFindGroup(string.Join(' ', words, start, length), out var group))
                {
                    found.Add(group);
                }
            }
        }

        foreach (var group in found.Order())
        {
            foreach (var member in groupPhrases[group])
            {
                yield return string.Join(' ', member);
            }
        }
    }
}
