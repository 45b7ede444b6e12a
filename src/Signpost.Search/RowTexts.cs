using System.Buffers;

namespace Signpost.Search;

/// <summary>
/// Each service's summary and description, by row, as lists of token numbers: FTS5 keeps no copy (its table is
/// contentless), and only the hits of a shown page read them. A token is a word with the single space after it, or
/// a run of anything else; each distinct token is kept once (shared by both texts) and a text is the varint numbers
/// of its tokens. Directory texts repeat their words: at 50,000 services 52 MB of descriptions as UTF-8 took 14 MB
/// (the demo content: 143 KB in 51 KB plus 31 KB of tokens), and reading one back is a copy per token, where
/// Brotli's decoding took 0.15 ms of a 0.7 ms search. Tokens are never dropped: the list only grows with new words
/// until the next build. Written under the index's write lock (or by a build before any search); read by searches.
/// </summary>
internal sealed class RowTexts
{
    private readonly List<byte[]?>[] byRow = [[], []];
    private readonly List<string> tokens = [];
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> numberOf;

    public RowTexts()
    {
        numberOf = numbers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Distinct tokens held, for tests and memory figures.</summary>
    public int TokenCount => tokens.Count;

    public void Set(long row, RowText text, string? value)
    {
        var rows = byRow[(int)text];
        while (rows.Count <= row)
        {
            rows.Add(null);
        }

        rows[(int)row] = string.IsNullOrEmpty(value) ? null : Encode(value);
    }

    /// <summary>Forgets both texts of the row.</summary>
    public void Remove(long row)
    {
        foreach (var rows in byRow)
        {
            if (row < rows.Count)
            {
                rows[(int)row] = null;
            }
        }
    }

    /// <summary>The text as it was set; empty when the row has none.</summary>
    public string Get(long row, RowText text)
    {
        var rows = byRow[(int)text];
        if (row >= rows.Count || rows[(int)row] is not { } stored)
        {
            return string.Empty;
        }

        var length = 0;
        for (var at = 0; at < stored.Length;)
        {
            length += tokens[ReadNumber(stored, ref at)].Length;
        }

        return string.Create(length, (stored, tokens), static (chars, state) =>
        {
            var (encoded, known) = state;
            var written = 0;
            for (var at = 0; at < encoded.Length;)
            {
                var token = known[ReadNumber(encoded, ref at)];
                token.CopyTo(chars[written..]);
                written += token.Length;
            }
        });
    }

    private byte[] Encode(string description)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(16, description.Length * 5));
        try
        {
            var length = 0;
            var text = description.AsSpan();
            for (var start = 0; start < text.Length;)
            {
                var end = TokenEnd(text, start);
                length = WriteNumber(buffer, length, NumberOf(text[start..end]));
                start = end;
            }

            return buffer.AsSpan(0, length).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Where the token starting at <paramref name="start"/> ends: after a word and one following space, or after a
    /// run of other characters. Surrogate halves are not letters, so a pair always stays within one run.
    /// </summary>
    private static int TokenEnd(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        if (char.IsLetterOrDigit(text[start]))
        {
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            return end < text.Length && text[end] == ' ' ? end + 1 : end;
        }

        while (end < text.Length && !char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return end;
    }

    private int NumberOf(ReadOnlySpan<char> token)
    {
        if (numberOf.TryGetValue(token, out var number))
        {
            return number;
        }

        var text = token.ToString();
        number = tokens.Count;
        tokens.Add(text);
        numbers.Add(text, number);
        return number;
    }

    private static int WriteNumber(byte[] buffer, int at, int number)
    {
        var value = (uint)number;
        while (value >= 0x80)
        {
            buffer[at++] = (byte)(value | 0x80);
            value >>= 7;
        }

        buffer[at++] = (byte)value;
        return at;
    }

    private static int ReadNumber(byte[] encoded, ref int at)
    {
        var value = 0;
        var shift = 0;
        byte next;
        do
        {
            next = encoded[at++];
            value |= (next & 0x7F) << shift;
            shift += 7;
        }
        while ((next & 0x80) != 0);

        return value;
    }
}
