using System.Numerics;

namespace Signpost.Search;

/// <summary>
/// The rows an FTS5 expression matched, ascending: a sorted int array when few, a bitmap when many (a
/// 40,000-row match is 6 KB as bits instead of 320 KB as longs), so the match cache can hold every
/// common query of a large directory in a few megabytes.
/// </summary>
internal sealed class MatchedRows
{
    public static readonly MatchedRows None = new([], null, 0);

    private readonly int[] list;
    private readonly ulong[]? bits;

    private MatchedRows(int[] list, ulong[]? bits, int count)
    {
        this.list = list;
        this.bits = bits;
        Count = count;
    }

    public int Count { get; }

    /// <summary>What the rows cost to keep, for the match cache's budget.</summary>
    public long Bytes => (list.Length * sizeof(int)) + ((bits?.Length ?? 0) * sizeof(ulong));

    /// <summary>True when <see cref="RowAt"/> works (the list form): results with BM25 scores are always few.</summary>
    public bool IsList => bits is null;

    /// <param name="rows">Ascending rows, as FTS5 returns them.</param>
    /// <param name="highestRow">The highest row the index has, which sizes a bitmap.</param>
    public static MatchedRows From(List<long> rows, long highestRow)
    {
        if (rows.Count == 0)
        {
            return None;
        }

        // A bitmap costs highestRow / 8 bytes, a list 4 per row: bits win beyond one row in 32.
        if (rows.Count < 1024 || rows.Count * 32L < highestRow)
        {
            var list = new int[rows.Count];
            for (var i = 0; i < list.Length; i++)
            {
                list[i] = (int)rows[i];
            }

            return new MatchedRows(list, null, list.Length);
        }

        var bits = new ulong[(highestRow >> 6) + 1];
        foreach (var row in rows)
        {
            bits[row >> 6] |= 1UL << (int)(row & 63);
        }

        return new MatchedRows([], bits, rows.Count);
    }

    /// <summary>The set bits of <paramref name="bits"/> (<paramref name="count"/> of them), kept as a list or a copy of the bitmap.</summary>
    public static MatchedRows FromBits(ReadOnlySpan<ulong> bits, int count, long highestRow)
    {
        if (count == 0)
        {
            return None;
        }

        if (count < 1024 || count * 32L < highestRow)
        {
            var list = new int[count];
            var at = 0;
            for (var w = 0; w < bits.Length && at < count; w++)
            {
                var word = bits[w];
                while (word != 0)
                {
                    list[at++] = (w << 6) + BitOperations.TrailingZeroCount(word);
                    word &= word - 1;
                }
            }

            return new MatchedRows(list, null, count);
        }

        return new MatchedRows([], bits[..((int)(highestRow >> 6) + 1)].ToArray(), count);
    }

    public long RowAt(int index) => list[index];

    public Enumerator GetEnumerator() => new(this);

    /// <summary>Rows in ascending order without allocating.</summary>
    public struct Enumerator
    {
        private readonly MatchedRows rows;
        private int index;
        private ulong word;
        private int wordIndex;

        public Enumerator(MatchedRows rows)
        {
            this.rows = rows;
            index = -1;
            wordIndex = -1;
            word = 0;
            Current = 0;
        }

        public long Current { get; private set; }

        public bool MoveNext()
        {
            if (rows.bits is not { } bits)
            {
                if (++index >= rows.list.Length)
                {
                    return false;
                }

                Current = rows.list[index];
                return true;
            }

            while (word == 0)
            {
                if (++wordIndex >= bits.Length)
                {
                    return false;
                }

                word = bits[wordIndex];
            }

            Current = ((long)wordIndex << 6) + BitOperations.TrailingZeroCount(word);
            word &= word - 1;
            return true;
        }
    }
}
