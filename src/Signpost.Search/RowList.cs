using System.Numerics;

namespace Signpost.Search;

/// <summary>
/// The rows one stem or phrase occurs in: ascending ints while few, a bitmap once the stem is common (a word
/// in half of 50,000 services is 6 KB as bits instead of 100 KB as ints, and ORs in a few hundred steps).
/// Built by appending in row order; a change to the index adds or removes one row.
/// </summary>
internal sealed class RowList
{
    private int[] rows = new int[2];
    private ulong[]? bits;

    public int Count { get; private set; }

    public bool Contains(int row) => bits is not null
        ? (row >> 6) < bits.Length && (bits[row >> 6] & (1UL << (row & 63))) != 0
        : rows.AsSpan(0, Count).BinarySearch(row) >= 0;

    public void Add(int row)
    {
        if (bits is not null)
        {
            if ((row >> 6) >= bits.Length)
            {
                Array.Resize(ref bits, Math.Max((row >> 6) + 1, bits.Length + (bits.Length / 8) + 1));
            }

            var mask = 1UL << (row & 63);
            Count += (bits[row >> 6] & mask) == 0 ? 1 : 0;
            bits[row >> 6] |= mask;
            return;
        }

        if (Count > 0 && rows[Count - 1] >= row)
        {
            Insert(row);
            return;
        }

        if (Count == rows.Length)
        {
            Array.Resize(ref rows, rows.Length * 2);
        }

        rows[Count++] = row;
    }

    public void Remove(int row)
    {
        if (bits is not null)
        {
            var mask = 1UL << (row & 63);
            if ((row >> 6) < bits.Length && (bits[row >> 6] & mask) != 0)
            {
                bits[row >> 6] &= ~mask;
                Count--;
            }

            return;
        }

        var at = rows.AsSpan(0, Count).BinarySearch(row);
        if (at < 0)
        {
            return;
        }

        Array.Copy(rows, at + 1, rows, at, Count - at - 1);
        Count--;
    }

    /// <summary>After a build: a bitmap when that is smaller (more than one row in 32), else a list without spare room.</summary>
    public void Seal(long highestRow)
    {
        if (bits is null && Count * 32L > highestRow)
        {
            bits = new ulong[(highestRow >> 6) + 1];
            foreach (var row in rows.AsSpan(0, Count))
            {
                bits[row >> 6] |= 1UL << (row & 63);
            }

            rows = [];
        }
        else if (bits is null && rows.Length > Count)
        {
            Array.Resize(ref rows, Count);
        }
    }

    /// <summary>Sets the bit of every row in <paramref name="target"/>.</summary>
    public void SetBits(Span<ulong> target)
    {
        if (bits is not null)
        {
            var length = Math.Min(bits.Length, target.Length);
            for (var i = 0; i < length; i++)
            {
                target[i] |= bits[i];
            }

            return;
        }

        foreach (var row in rows.AsSpan(0, Count))
        {
            if ((row >> 6) < target.Length)
            {
                target[row >> 6] |= 1UL << (row & 63);
            }
        }
    }

    /// <summary>Rows in ascending order (tests).</summary>
    public IEnumerable<int> ToEnumerable()
    {
        if (bits is null)
        {
            return rows.Take(Count).ToArray();
        }

        var list = new List<int>(Count);
        for (var w = 0; w < bits.Length; w++)
        {
            var word = bits[w];
            while (word != 0)
            {
                list.Add((w << 6) + BitOperations.TrailingZeroCount(word));
                word &= word - 1;
            }
        }

        return list;
    }

    private void Insert(int row)
    {
        var at = rows.AsSpan(0, Count).BinarySearch(row);
        if (at >= 0)
        {
            return;
        }

        at = ~at;
        if (Count == rows.Length)
        {
            Array.Resize(ref rows, Math.Max(2, rows.Length * 2));
        }

        Array.Copy(rows, at, rows, at + 1, Count - at);
        rows[at] = row;
        Count++;
    }
}
