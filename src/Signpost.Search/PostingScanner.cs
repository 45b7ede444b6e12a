namespace Signpost.Search;

/// <summary>
/// Reads one service's texts as FTS5 tokenises them and lists the distinct stems and synonym phrases they hold.
/// One instance is reused (under the index's write lock), so posting 50,000 services allocates little.
/// </summary>
internal sealed class PostingScanner(PostingIndex owner)
{
    private readonly List<int> column = [];
    private readonly List<int> surfaces = [];
    private readonly List<int> columnEnds = [];
    private readonly List<string> strayWords = [];
    private readonly HashSet<PhrasePostings> phrasesSeen = [];
    private int[] seen = [];
    private int scan;

    public List<int> Stems { get; } = [];

    public List<string> StrayStems { get; } = [];

    public List<PhrasePostings> Phrases { get; } = [];

    public void Scan(string?[] texts)
    {
        Reset();
        Span<char> buffer = stackalloc char[64];
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            column.Clear();
            var cursor = new WordCursor(text, buffer);
            while (cursor.MoveNext())
            {
                var stem = owner.Words.StemOfToken(cursor.Folded);
                if (stem < 0)
                {
                    stem = Stray(cursor.Folded.ToString());
                }

                column.Add(stem);
                if (stem >= 0)
                {
                    Note(stem);
                }
            }

            FindPhrases();
        }
    }

    /// <summary>
    /// <see cref="Scan"/> for a build: counts each word into the vocabulary and numbers it on the way, stems the
    /// row's new words in one batch, then reads the numbered words back as stems.
    /// </summary>
    public void ScanCounting(string?[] texts, Vocabulary vocabulary, Func<IReadOnlyList<string>, string[]> stem)
    {
        Reset();
        surfaces.Clear();
        columnEnds.Clear();
        strayWords.Clear();
        var words = owner.Words;
        Span<char> buffer = stackalloc char[64];
        foreach (var text in texts)
        {
            if (!string.IsNullOrEmpty(text))
            {
                var cursor = new WordCursor(text, buffer);
                while (cursor.MoveNext())
                {
                    vocabulary.Tally(cursor.Folded);
                    var id = words.Number(cursor.Folded);
                    if (id < 0)
                    {
                        // Too long for the table: -1 - its place among this row's strays.
                        strayWords.Add(cursor.Folded.ToString());
                        id = -strayWords.Count;
                    }

                    surfaces.Add(id);
                }
            }

            columnEnds.Add(surfaces.Count);
        }

        words.Resolve(stem, sortForPrefixes: false);
        owner.RefreshPhrases();
        var from = 0;
        foreach (var end in columnEnds)
        {
            column.Clear();
            for (var i = from; i < end; i++)
            {
                var id = surfaces[i];
                var stemId = id >= 0 ? words.StemOfSurface(id) : Stray(strayWords[-id - 1]);
                column.Add(stemId);
                if (stemId >= 0)
                {
                    Note(stemId);
                }
            }

            FindPhrases();
            from = end;
        }
    }

    private void Reset()
    {
        Stems.Clear();
        StrayStems.Clear();
        Phrases.Clear();
        phrasesSeen.Clear();
        if (++scan == int.MaxValue)
        {
            Array.Clear(seen);
            scan = 1;
        }
    }

    private void Note(int stem)
    {
        if (stem >= seen.Length)
        {
            Array.Resize(ref seen, Math.Max(stem + 1, seen.Length * 2));
        }

        if (seen[stem] != scan)
        {
            seen[stem] = scan;
            Stems.Add(stem);
        }
    }

    /// <summary>A word the stem table does not hold (too long for it): posted by its stem text unless the table has the stem.</summary>
    private int Stray(string word)
    {
        if (owner.Stemmer.Stem(word) is not { } stem)
        {
            return -1;
        }

        var id = owner.Words.StemIdOf(stem);
        if (id < 0 && !StrayStems.Contains(stem))
        {
            StrayStems.Add(stem);
        }

        return id;
    }

    private void FindPhrases()
    {
        var byFirst = owner.PhrasesByFirstStem;
        if (byFirst.Count == 0)
        {
            return;
        }

        for (var i = 0; i < column.Count; i++)
        {
            if (column[i] < 0 || !byFirst.TryGetValue(column[i], out var starting))
            {
                continue;
            }

            foreach (var phrase in starting)
            {
                var stems = phrase.Stems;
                if (i + stems.Length > column.Count)
                {
                    continue;
                }

                var all = true;
                for (var k = 1; k < stems.Length && all; k++)
                {
                    all = column[i + k] == stems[k];
                }

                if (all && phrasesSeen.Add(phrase))
                {
                    Phrases.Add(phrase);
                }
            }
        }
    }
}
