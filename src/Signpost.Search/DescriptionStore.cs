using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace Signpost.Search;

/// <summary>
/// Each service's indexed description, Brotli-compressed, by row. Descriptions are four fifths of a node's text and
/// only the snippets of a shown page read them, so FTS5 keeps no copy (its table is contentless) and this one is
/// kept small: 52 MB of UTF-8 at 50,000 services takes about 30 MB, and a description decompresses in microseconds.
/// Compressing costs about 12 µs a description, most of it Brotli setting up, which would add 0.6 s to a build
/// whose two cores are already busy; so a build stores plain UTF-8 (<see cref="AddUncompressed"/>) and the index
/// compresses it just after (<see cref="CompressFrom"/>). Entries are replaced whole, so a search reading at the
/// same time sees one form or the other. Written under the index's write lock (or read lock, for compressing).
/// </summary>
internal sealed class DescriptionStore
{
    /// <summary>Brotli's fastest settings that still use its dictionary: the build compresses every description.</summary>
    private const int Quality = 1;
    private const int Window = 22;

    /// <summary>A compressed entry's kind byte and its UTF-8 length.</summary>
    private const int Header = 1 + sizeof(int);

    /// <summary>First byte of an entry: what follows.</summary>
    private const byte Plain = 0;
    private const byte Brotli = 1;

    private readonly List<byte[]?> byRow = [];

    public int Count => byRow.Count;

    public void Set(long row, string? description) => Put(row, description, compress: true);

    /// <summary>A build's: stored as plain UTF-8 until <see cref="CompressFrom"/> gets to it.</summary>
    public void AddUncompressed(long row, string? description) => Put(row, description, compress: false);

    /// <summary>Compresses up to <paramref name="count"/> rows from <paramref name="start"/> that are still plain.</summary>
    public void CompressFrom(int start, int count)
    {
        for (var row = start; row < Math.Min(byRow.Count, start + count); row++)
        {
            if (byRow[row] is [Plain, ..] plain)
            {
                byRow[row] = Compress(plain.AsSpan(1));
            }
        }
    }

    public void Remove(long row)
    {
        if (row < byRow.Count)
        {
            byRow[(int)row] = null;
        }
    }

    /// <summary>The description as indexed; empty when the row has none.</summary>
    public string Get(long row) => row < byRow.Count && byRow[(int)row] is { } stored
        ? stored[0] == Plain ? Encoding.UTF8.GetString(stored.AsSpan(1)) : Decompress(stored)
        : string.Empty;

    private void Put(long row, string? description, bool compress)
    {
        while (byRow.Count <= row)
        {
            byRow.Add(null);
        }

        byRow[(int)row] = string.IsNullOrEmpty(description) ? null
            : compress ? Compress(description)
            : PlainEntry(description);
    }

    private static byte[] PlainEntry(string text)
    {
        var entry = new byte[1 + Encoding.UTF8.GetByteCount(text)];
        entry[0] = Plain;
        Encoding.UTF8.GetBytes(text, entry.AsSpan(1));
        return entry;
    }

    private static byte[] Compress(string text)
    {
        var utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(text));
        try
        {
            return Compress(utf8.AsSpan(0, Encoding.UTF8.GetBytes(text, utf8)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    private static byte[] Compress(ReadOnlySpan<byte> utf8)
    {
        var packed = ArrayPool<byte>.Shared.Rent(Header + BrotliEncoder.GetMaxCompressedLength(utf8.Length));
        try
        {
            packed[0] = Brotli;
            BitConverter.TryWriteBytes(packed.AsSpan(1), utf8.Length);
            if (!BrotliEncoder.TryCompress(utf8, packed.AsSpan(Header), out var written, Quality, Window))
            {
                throw new InvalidOperationException("Brotli could not compress a description into its maximum compressed length.");
            }

            return packed.AsSpan(0, Header + written).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(packed);
        }
    }

    private static string Decompress(byte[] stored)
    {
        var length = BitConverter.ToInt32(stored, 1);
        var utf8 = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            if (!BrotliDecoder.TryDecompress(stored.AsSpan(Header), utf8.AsSpan(0, length), out var written) || written != length)
            {
                throw new InvalidOperationException("A stored description did not decompress to its recorded length.");
            }

            return Encoding.UTF8.GetString(utf8, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }
}
