namespace Signpost.Search;

/// <summary>
/// Every word of the indexed text numbered, each with the id of its Porter stem as FTS5 sees it. Services
/// keep the stems of their short fields (name, category/need terms, organisation, summary), so a query can
/// tell in memory which field a word hit ("autism" in the name beats "autism" among the needs) without
/// asking FTS5 to score every match; snippets look up the stem of every word they show, so they mark
/// exactly the words FTS5 matched. Ids are only ever added, under the index's write lock.
/// </summary>
internal sealed class StemTable
{
    private readonly Dictionary<string, int> surfaceIds;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> surfaceLookup;
    private readonly Dictionary<string, int> stemIds = new(StringComparer.Ordinal);
    private readonly List<string> surfaces = [];

    /// <summary>Whether a surface word occurs in a short field: only those complete a prefix for ranking.</summary>
    private readonly List<bool> inShortField = [];
    private int[] stemOfSurface = [];
    private int resolved;
    private string[] sorted = [];

    public StemTable()
    {
        surfaceIds = new Dictionary<string, int>(StringComparer.Ordinal);
        surfaceLookup = surfaceIds.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int StemCount => stemIds.Count;

    /// <summary>The id of a Porter stem as FTS5 writes it, or -1 when no indexed word has it.</summary>
    public int StemIdOf(string stem) => stemIds.TryGetValue(stem, out var id) ? id : -1;

    /// <summary>The surface ids of the words of <paramref name="texts"/>, in order, repeats kept once.</summary>
    public int[] Ids(params string?[] texts)
    {
        var ids = new List<int>();
        Span<char> buffer = stackalloc char[64];
        foreach (var text in texts)
        {
            // Words already numbered are looked up as spans: a build numbers every word of 50,000 summaries.
            WordTokenizer.ForEachWord(text, buffer, word =>
            {
                var id = Surface(word);
                inShortField[id] = true;
                if (!ids.Contains(id))
                {
                    ids.Add(id);
                }
            });
        }

        return [.. ids];
    }

    /// <summary>Numbers words of the long fields too (the vocabulary's), so that snippets know every word's stem.</summary>
    public void AddWords(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            Surface(word);
        }
    }

    /// <summary>
    /// The surface id of a folded word of indexed text, numbering it when new; -1 for a word too long for the
    /// table (as <see cref="Vocabulary"/> leaves it out) that no short field has numbered.
    /// </summary>
    public int Number(ReadOnlySpan<char> folded)
    {
        if (surfaceLookup.TryGetValue(folded, out var id))
        {
            return id;
        }

        return folded.Length > Vocabulary.MaxWordLength ? -1 : Surface(folded);
    }

    /// <summary>The stem id of a numbered word; valid after <see cref="Resolve"/>.</summary>
    public int StemOfSurface(int surfaceId) => stemOfSurface[surfaceId];

    /// <summary>Stem ids of surface ids (valid after <see cref="Resolve"/>), repeats kept once.</summary>
    public int[] ToStems(int[] surfaceIdsOfField)
    {
        var stems = new List<int>(surfaceIdsOfField.Length);
        foreach (var id in surfaceIdsOfField)
        {
            var stem = stemOfSurface[id];
            if (!stems.Contains(stem))
            {
                stems.Add(stem);
            }
        }

        return [.. stems];
    }

    /// <summary>The stem id of a folded word of indexed text, or -1 when the index has not seen it.</summary>
    public int StemOfToken(ReadOnlySpan<char> folded) =>
        surfaceLookup.TryGetValue(folded, out var id) && id < resolved ? stemOfSurface[id] : -1;

    /// <summary>Whether the index has seen exactly this word, so <see cref="StemOfWord"/> is FTS5's stem and no guess.</summary>
    public bool Knows(string word) => surfaceIds.TryGetValue(word, out var id) && id < resolved;

    /// <summary>Stems the surface words added since the last call (one SQL batch) and re-sorts them for prefixes.</summary>
    /// <remarks>A build resolves after every service and sorts once at the end (<see cref="SortForPrefixes"/>).</remarks>
    public void Resolve(Func<IReadOnlyList<string>, string[]> stem, bool sortForPrefixes = true)
    {
        if (resolved == surfaces.Count)
        {
            return;
        }

        var fresh = surfaces.GetRange(resolved, surfaces.Count - resolved);
        var stems = stem(fresh);

        // Grown by doubling: a build resolves a few new words after each of tens of thousands of services.
        if (stemOfSurface.Length < surfaces.Count)
        {
            Array.Resize(ref stemOfSurface, Math.Max(surfaces.Count, stemOfSurface.Length * 2));
        }

        for (var i = 0; i < fresh.Count; i++)
        {
            stemOfSurface[resolved + i] = StemId(stems[i]);
        }

        resolved = surfaces.Count;
        if (sortForPrefixes)
        {
            SortForPrefixes();
        }
    }

    /// <summary>Sorts the short-field words for <see cref="StemsWithPrefix"/>.</summary>
    public void SortForPrefixes() =>
        sorted = surfaceIds.Where(s => inShortField[s.Value]).Select(s => s.Key).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The stem id of a query word, or -1 when no short field holds any form of it.</summary>
    public int StemOfWord(string word)
    {
        if (surfaceIds.TryGetValue(word, out var id) && id < resolved)
        {
            return stemOfSurface[id];
        }

        // Not seen as typed: try the plain English endings Porter would strip ("clubs" for "club").
        foreach (var (suffix, replacement) in Endings)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal)
                && surfaceIds.TryGetValue(word[..^suffix.Length] + replacement, out id) && id < resolved)
            {
                return stemOfSurface[id];
            }
        }

        return -1;
    }

    /// <summary>Stem ids of every short-field word starting with <paramref name="prefix"/>.</summary>
    public void StemsWithPrefix(string prefix, ICollection<int> into)
    {
        var words = sorted;
        int low = 0, high = words.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (string.CompareOrdinal(words[mid], prefix) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        for (var i = low; i < words.Length && words[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            var id = surfaceIds[words[i]];
            if (id < resolved)
            {
                into.Add(stemOfSurface[id]);
            }
        }
    }

    private static readonly (string Suffix, string Replacement)[] Endings =
        [("ies", "y"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("", "s")];

    private int Surface(ReadOnlySpan<char> word)
    {
        if (!surfaceLookup.TryGetValue(word, out var id))
        {
            var text = word.ToString();
            id = surfaces.Count;
            surfaceIds[text] = id;
            surfaces.Add(text);
            inShortField.Add(false);
        }

        return id;
    }

    private int StemId(string stem)
    {
        if (!stemIds.TryGetValue(stem, out var id))
        {
            id = stemIds.Count;
            stemIds[stem] = id;
        }

        return id;
    }
}
