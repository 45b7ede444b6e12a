namespace Signpost.Search;

/// <summary>
/// Every surface word in the indexed text with how often it occurs. The FTS index holds only Porter
/// stems, so this is what spelling correction suggests from ("counselling", not "counsel") and what a
/// typed prefix expands to ("employm" to "employment", which the stemmed index cannot find as a prefix).
/// Words are never removed when a service is: a stale word costs an OR branch that matches nothing.
/// </summary>
internal sealed class Vocabulary
{
    private const int MaxWordLength = 40;
    private readonly Dictionary<string, int> frequency;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private string[] sorted = [];

    public Vocabulary()
    {
        frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        lookup = frequency.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => frequency.Count;

    public bool Contains(string word) => frequency.ContainsKey(word);

    public int FrequencyOf(string word) => frequency.GetValueOrDefault(word);

    public IEnumerable<string> Words => frequency.Keys;

    /// <summary>Counts the words of <paramref name="text"/>, collecting first-seen words in <paramref name="newWords"/>.</summary>
    public void Add(string? text, List<string>? newWords = null)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        WordTokenizer.ForEachWord(text, buffer, word =>
        {
            if (word.Length > MaxWordLength)
            {
                return;
            }

            if (lookup.TryGetValue(word, out var count))
            {
                lookup[word] = count + 1;
            }
            else
            {
                var added = word.ToString();
                frequency[added] = 1;
                newWords?.Add(added);
            }
        });
    }

    /// <summary>Sorts the words for prefix look-ups; call after adding.</summary>
    public void Seal() => sorted = frequency.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>The most frequent words starting with <paramref name="prefix"/>, most frequent first.</summary>
    public IReadOnlyList<string> Completions(string prefix, int max)
    {
        var words = sorted;
        var start = LowerBound(words, prefix);
        var found = new List<string>();
        for (var i = start; i < words.Length && words[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            found.Add(words[i]);
        }

        return found
            .OrderByDescending(FrequencyOf)
            .ThenBy(w => w, StringComparer.Ordinal)
            .Take(max)
            .ToList();
    }

    private static int LowerBound(string[] words, string value)
    {
        int low = 0, high = words.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (string.CompareOrdinal(words[mid], value) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
