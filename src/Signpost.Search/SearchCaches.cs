namespace Signpost.Search;

/// <summary>
/// Per-index caches that make a repeated search cheap: the rows an FTS5 expression matches (with BM25 when
/// ranked) and the correction of a misspelt word. Both are keyed to <see cref="Version"/>, which every
/// change to the index bumps (under its write lock), so a cached answer never outlives the data it came from.
/// </summary>
internal sealed class SearchCaches
{
    public const int DefaultMatches = 512;
    public const int DefaultCorrections = 4096;

    /// <summary>Rows held across all cached matches (8 bytes each, 16 more with a score): about 16 MB.</summary>
    public const long MaxCachedRows = 2_000_000;

    private long version;

    public long Version => Interlocked.Read(ref version);

    public LruCache<(string Expression, bool Ranked), CachedMatch> Matches { get; } =
        new(DefaultMatches, match => match.Rows.Length + match.Scores.Length, MaxCachedRows);

    /// <summary>Word as typed to its correction, or null (no correction) — both worth remembering.</summary>
    public LruCache<string, string?> Corrections { get; } = new(DefaultCorrections);

    public void Bump() => Interlocked.Increment(ref version);
}

/// <summary>Matching rows in rowid order; <see cref="Scores"/> is parallel to them, or empty when not ranked.</summary>
internal sealed record CachedMatch(long[] Rows, double[] Scores);
