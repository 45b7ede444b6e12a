using System.Text;

namespace Signpost.Search;

/// <summary>
/// FTS5's snippet() done in memory on text the engine already holds: the same 24-token window (the one with the
/// most distinct phrases, preferring a sentence start, centred on its matches), the same coalescing of
/// overlapping matches and the same ellipses, with <see cref="SearchReader.MarkStart"/>/<see cref="SearchReader.MarkEnd"/>
/// around matches. Twenty snippet() calls cost a millisecond a search; this costs microseconds.
/// </summary>
internal static class SnippetWriter
{
    /// <summary>Tokens per snippet, as the engine always asked of snippet().</summary>
    public const int WindowTokens = 24;

    public const string Ellipsis = "…";

    [ThreadStatic]
    private static Scratch? scratch;

    /// <summary>The snippet of <paramref name="text"/>, or null when no phrase of <paramref name="query"/> occurs in it.</summary>
    public static string? Write(string text, SnippetQuery query, StemTable words, int size = WindowTokens)
    {
        if (string.IsNullOrEmpty(text) || query.Phrases.Length == 0)
        {
            return null;
        }

        var work = scratch ??= new Scratch();
        work.Reset(query.Phrases.Length);
        Tokenise(text, words, work);
        FindInstances(query.Phrases, work);
        if (work.InstanceCount == 0)
        {
            return null;
        }

        FindSentenceStarts(text, work);
        var start = BestStart(query.Phrases, work, size);
        return Highlight(text, query.Phrases, work, start, size);
    }

    private static void Tokenise(string text, StemTable words, Scratch work)
    {
        Span<char> buffer = stackalloc char[64];
        var cursor = new WordCursor(text, buffer);
        while (cursor.MoveNext())
        {
            work.AddToken(cursor.Start, cursor.End, words.StemOfToken(cursor.Folded));
        }
    }

    /// <summary>Every (phrase, position) where the phrase's stems follow one another, by position then phrase, as xInst lists them.</summary>
    private static void FindInstances(int[][] phrases, Scratch work)
    {
        for (var position = 0; position < work.TokenCount; position++)
        {
            for (var p = 0; p < phrases.Length; p++)
            {
                var phrase = phrases[p];
                if (phrase.Length == 0 || position + phrase.Length > work.TokenCount)
                {
                    continue;
                }

                var all = true;
                for (var k = 0; k < phrase.Length && all; k++)
                {
                    all = work.Stems[position + k] == phrase[k] && phrase[k] >= 0;
                }

                if (all)
                {
                    work.AddInstance(p, position);
                }
            }
        }
    }

    /// <summary>Tokens that open a sentence: the first, and any after whitespace that follows a full stop or colon.</summary>
    private static void FindSentenceStarts(string text, Scratch work)
    {
        for (var position = 0; position < work.TokenCount; position++)
        {
            if (position == 0)
            {
                work.AddSentence(0);
                continue;
            }

            var i = work.Starts[position] - 1;
            var c = '\0';
            for (; i >= 0; i--)
            {
                c = text[i];
                if (c is not (' ' or '\t' or '\n' or '\r'))
                {
                    break;
                }
            }

            if (i != work.Starts[position] - 1 && c is '.' or ':')
            {
                work.AddSentence(position);
            }
        }
    }

    private static int BestStart(int[][] phrases, Scratch work, int size)
    {
        int bestScore = 0, bestStart = 0;
        var tokens = work.TokenCount;
        for (var i = 0; i < work.InstanceCount; i++)
        {
            var at = work.InstancePositions[i];
            var (score, adjusted) = Score(phrases, work, at, size);
            if (score > bestScore)
            {
                bestScore = score;
                bestStart = adjusted;
            }

            if (work.SentenceCount > 0 && tokens > size)
            {
                var s = 0;
                while (s < work.SentenceCount - 1 && work.Sentences[s + 1] <= at)
                {
                    s++;
                }

                var sentence = work.Sentences[s];
                if (sentence < at)
                {
                    // A window that opens on a sentence reads better: worth a little more than the same matches mid-sentence.
                    score = Score(phrases, work, sentence, size).Score + (sentence == 0 ? 120 : 100);
                    if (score > bestScore)
                    {
                        bestScore = score;
                        bestStart = sentence;
                    }
                }
            }
        }

        return bestStart;
    }

    /// <summary>1,000 for each distinct phrase in the window from <paramref name="from"/>, 1 for each repeat; and the window moved to centre them.</summary>
    private static (int Score, int Adjusted) Score(int[][] phrases, Scratch work, int from, int size)
    {
        Array.Clear(work.Seen, 0, phrases.Length);
        int score = 0, first = -1, last = 0;
        for (var i = 0; i < work.InstanceCount; i++)
        {
            var at = work.InstancePositions[i];
            if (at < from || at >= (long)from + size)
            {
                continue;
            }

            var phrase = work.InstancePhrases[i];
            score += work.Seen[phrase] ? 1 : 1000;
            work.Seen[phrase] = true;
            if (first < 0)
            {
                first = at;
            }

            last = at + phrases[phrase].Length;
        }

        var adjusted = first - ((size - (last - first)) / 2);
        if (adjusted + size > work.TokenCount)
        {
            adjusted = work.TokenCount - size;
        }

        return (score, Math.Max(0, adjusted));
    }

    private static string Highlight(string text, int[][] phrases, Scratch work, int rangeStart, int size)
    {
        var rangeEnd = rangeStart + size - 1;
        var output = new StringBuilder(Math.Min(text.Length, 400) + 16);
        if (rangeStart > 0)
        {
            output.Append(Ellipsis);
        }

        // Overlapping matches are marked as one; a match that starts before the window is not marked at all.
        var next = 0;
        var (markStart, markEnd) = NextCoalesced(phrases, work, ref next);
        while (markStart >= 0 && markStart < rangeStart)
        {
            (markStart, markEnd) = NextCoalesced(phrases, work, ref next);
        }

        var offset = 0;
        for (var position = rangeStart; position <= rangeEnd && position < work.TokenCount; position++)
        {
            var tokenStart = work.Starts[position];
            var tokenEnd = work.Ends[position];
            if (rangeStart != 0 && position == rangeStart)
            {
                offset = tokenStart;
            }

            if (position == markStart)
            {
                output.Append(text, offset, tokenStart - offset).Append(SearchReader.MarkStart);
                offset = tokenStart;
            }

            if (position == markEnd)
            {
                output.Append(text, offset, tokenEnd - offset).Append(SearchReader.MarkEnd);
                offset = tokenEnd;
                (markStart, markEnd) = NextCoalesced(phrases, work, ref next);
            }

            if (position == rangeEnd)
            {
                output.Append(text, offset, tokenEnd - offset);
                offset = tokenEnd;
                if (position >= markStart && position < markEnd)
                {
                    output.Append(SearchReader.MarkEnd);
                }
            }
        }

        if (rangeEnd >= work.TokenCount - 1)
        {
            output.Append(text, offset, text.Length - offset);
        }
        else
        {
            output.Append(Ellipsis);
        }

        return output.ToString();
    }

    private static (int Start, int End) NextCoalesced(int[][] phrases, Scratch work, ref int next)
    {
        int start = -1, end = -1;
        while (next < work.InstanceCount)
        {
            var at = work.InstancePositions[next];
            var last = at - 1 + phrases[work.InstancePhrases[next]].Length;
            if (start < 0)
            {
                (start, end) = (at, last);
            }
            else if (at <= end)
            {
                end = Math.Max(end, last);
            }
            else
            {
                break;
            }

            next++;
        }

        return (start, end);
    }

    /// <summary>Per-thread buffers: a description is a few hundred tokens, and twenty are written per search.</summary>
    private sealed class Scratch
    {
        public int[] Starts = new int[256];
        public int[] Ends = new int[256];
        public int[] Stems = new int[256];
        public int[] InstancePositions = new int[64];
        public int[] InstancePhrases = new int[64];
        public int[] Sentences = new int[64];
        public bool[] Seen = new bool[16];

        public int TokenCount { get; private set; }

        public int InstanceCount { get; private set; }

        public int SentenceCount { get; private set; }

        public void Reset(int phrases)
        {
            TokenCount = InstanceCount = SentenceCount = 0;
            if (Seen.Length < phrases)
            {
                Seen = new bool[phrases];
            }
        }

        public void AddToken(int start, int end, int stem)
        {
            if (TokenCount == Starts.Length)
            {
                Array.Resize(ref Starts, TokenCount * 2);
                Array.Resize(ref Ends, TokenCount * 2);
                Array.Resize(ref Stems, TokenCount * 2);
            }

            Starts[TokenCount] = start;
            Ends[TokenCount] = end;
            Stems[TokenCount++] = stem;
        }

        public void AddInstance(int phrase, int position)
        {
            if (InstanceCount == InstancePositions.Length)
            {
                Array.Resize(ref InstancePositions, InstanceCount * 2);
                Array.Resize(ref InstancePhrases, InstanceCount * 2);
            }

            InstancePhrases[InstanceCount] = phrase;
            InstancePositions[InstanceCount++] = position;
        }

        public void AddSentence(int position)
        {
            if (SentenceCount == Sentences.Length)
            {
                Array.Resize(ref Sentences, SentenceCount * 2);
            }

            Sentences[SentenceCount++] = position;
        }
    }
}
