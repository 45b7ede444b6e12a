namespace Signpost.Search;

/// <summary>
/// Completions for the search box: synonym terms and category/need labels first, then service names
/// that start with the typed text, then names with a later word that does. Built on first use after a change.
/// </summary>
internal sealed class SuggestionIndex
{
    private const int ScanLimit = 400;
    private readonly (string Key, string Display, int Priority)[] entries;

    private SuggestionIndex((string Key, string Display, int Priority)[] entries) => this.entries = entries;

    public static SuggestionIndex Create(SynonymSet synonyms, IEnumerable<string> labels, IEnumerable<string> names)
    {
        var entries = new List<(string Key, string Display, int Priority)>();
        foreach (var term in synonyms.Groups.SelectMany(g => g))
        {
            entries.Add((term, term, 0));
        }

        foreach (var label in labels)
        {
            entries.Add((Normalise(label), label, 0));
        }

        foreach (var name in names)
        {
            var words = WordTokenizer.Tokenize(name).Select(t => t.Text).ToArray();
            for (var i = 0; i < words.Length; i++)
            {
                entries.Add((string.Join(' ', words, i, words.Length - i), name, i == 0 ? 1 : 2));
            }
        }

        return new SuggestionIndex(entries.Where(e => e.Key.Length > 0).OrderBy(e => e.Key, StringComparer.Ordinal).ToArray());
    }

    public IReadOnlyList<string> Suggest(string prefix, int max)
    {
        var key = Normalise(prefix);
        if (key.Length == 0 || max <= 0)
        {
            return [];
        }

        var found = new List<(string Key, string Display, int Priority)>();
        for (var i = LowerBound(key); i < entries.Length && found.Count < ScanLimit && entries[i].Key.StartsWith(key, StringComparison.Ordinal); i++)
        {
            found.Add(entries[i]);
        }

        return found
            .OrderBy(e => e.Priority)
            .ThenBy(e => e.Display.Length)
            .ThenBy(e => e.Display, StringComparer.OrdinalIgnoreCase)
            .Select(e => e.Display)
            .DistinctBy(d => d.ToLowerInvariant())
            .Take(max)
            .ToList();
    }

    private static string Normalise(string text) => string.Join(' ', WordTokenizer.Tokenize(text).Select(t => t.Text));

    private int LowerBound(string key)
    {
        int low = 0, high = entries.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (string.CompareOrdinal(entries[mid].Key, key) < 0)
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
