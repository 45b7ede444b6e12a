using System.Runtime.InteropServices;

namespace Signpost.Search;

/// <summary>
/// Every surface word in the indexed text with how often it occurs. The FTS index holds only Porter
/// stems, so this is what spelling correction suggests from ("counselling", not "counsel") and what a
/// typed prefix expands to ("employm" to "employment", which the stemmed index cannot find as a prefix).
/// Words are never removed when a service is: a stale word costs an OR branch that matches nothing.
/// </summary>
internal sealed class Vocabulary
{
    public const int MaxWordLength = 40;
    private readonly Dictionary<string, int> frequency;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private string[] sorted = [];
    private Shapes shapes = Shapes.Empty;

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
        WordTokenizer.ForEachWord(text, buffer, word => Tally(word, newWords));
    }

    /// <summary>Counts words already split and folded as <see cref="Add"/> would have (a text shared by many services).</summary>
    public void AddWords(string[] words, List<string>? newWords = null)
    {
        foreach (var word in words)
        {
            Tally(word, newWords);
        }
    }

    /// <summary>Counts one word already split and folded.</summary>
    public void Tally(ReadOnlySpan<char> word) => Tally(word, null);

    private void Tally(ReadOnlySpan<char> word, List<string>? newWords)
    {
        if (word.Length > MaxWordLength)
        {
            return;
        }

        // One probe for both cases: building a large index counts every word of every description here.
        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(lookup, word, out var exists);
        count++;
        if (!exists && newWords is not null && lookup.TryGetValue(word, out var added, out _))
        {
            newWords.Add(added);
        }
    }

    /// <summary>Sorts the words for prefix look-ups; call after adding.</summary>
    public void Seal()
    {
        sorted = frequency.Keys.Order(StringComparer.Ordinal).ToArray();
        shapes = Shapes.Of(sorted);
    }

    /// <summary>
    /// Calls <paramref name="visit"/> for every word of length <paramref name="word"/>.Length ± <paramref name="limit"/>
    /// whose letter set differs from the word's by at most 2 × limit letters: a cheap bound (one substitution
    /// changes at most two letters of the set, an insertion or deletion one, a swap none), so no word within
    /// the edit distance is skipped and the rest of the vocabulary costs one XOR and a popcount each.
    /// </summary>
    public void ForEachNearShape(string word, int limit, Action<string> visit)
    {
        var current = shapes;
        var mask = Shapes.Mask(word);
        var low = Math.Max(0, word.Length - limit);
        var high = Math.Min(current.Starts.Length - 2, word.Length + limit);
        for (var length = low; length <= high; length++)
        {
            for (var i = current.Starts[length]; i < current.Starts[length + 1]; i++)
            {
                if (System.Numerics.BitOperations.PopCount(current.Masks[i] ^ mask) <= 2 * limit)
                {
                    visit(current.Words[i]);
                }
            }
        }
    }

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

    /// <summary>The words grouped by length, each with a 64-bit set of the letters it holds.</summary>
    private sealed class Shapes
    {
        public static readonly Shapes Empty = new([], [], [0]);

        private Shapes(string[] words, ulong[] masks, int[] starts)
        {
            Words = words;
            Masks = masks;
            Starts = starts;
        }

        public string[] Words { get; }

        public ulong[] Masks { get; }

        /// <summary>Words of length L are at [Starts[L], Starts[L + 1]).</summary>
        public int[] Starts { get; }

        public static Shapes Of(string[] words)
        {
            var byLength = words.OrderBy(w => w.Length).ToArray();
            var longest = byLength.Length == 0 ? 0 : byLength[^1].Length;
            var starts = new int[longest + 2];
            var masks = new ulong[byLength.Length];
            for (var i = 0; i < byLength.Length; i++)
            {
                masks[i] = Mask(byLength[i]);
                starts[byLength[i].Length + 1]++;
            }

            for (var length = 1; length < starts.Length; length++)
            {
                starts[length] += starts[length - 1];
            }

            return new Shapes(byLength, masks, starts);
        }

        public static ulong Mask(string word)
        {
            ulong mask = 0;
            foreach (var c in word)
            {
                var bit = c is >= 'a' and <= 'z' ? c - 'a' : c is >= '0' and <= '9' ? 26 + (c - '0') : 36 + (c % 28);
                mask |= 1UL << bit;
            }

            return mask;
        }
    }
}
