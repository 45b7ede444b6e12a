using System.Text;

namespace Signpost.Search;

/// <summary>
/// Each service's indexed description as UTF-8, by row: FTS5 keeps no copy (its table is contentless), and only the
/// snippets of a shown page read one. Not compressed: Brotli kept 52 MB at 50,000 services in 30 MB, but decoding a
/// page's descriptions took 0.15 ms of a 0.7 ms search (a tenth of a loaded node's time), and UTF-8 is half the size
/// of the strings. Written under the index's write lock (or by a build before any search); read by searches.
/// </summary>
internal sealed class DescriptionStore
{
    private readonly List<byte[]?> byRow = [];

    public void Set(long row, string? description)
    {
        while (byRow.Count <= row)
        {
            byRow.Add(null);
        }

        byRow[(int)row] = string.IsNullOrEmpty(description) ? null : Encoding.UTF8.GetBytes(description);
    }

    public void Remove(long row)
    {
        if (row < byRow.Count)
        {
            byRow[(int)row] = null;
        }
    }

    /// <summary>The description as indexed; empty when the row has none.</summary>
    public string Get(long row) =>
        row < byRow.Count && byRow[(int)row] is { } stored ? Encoding.UTF8.GetString(stored) : string.Empty;
}
