namespace Signpost.Search;

/// <summary>
/// Per-index caches that make a repeated search cheap: the rows an FTS5 expression matches (with BM25 when
/// ranked) and the correction of a misspelt word. Both are keyed to <see cref="Version"/>, which every
/// change to the index bumps (under its write lock), so a cached answer never outlives the data it came from.
/// </summary>
internal sealed class SearchCaches
{
    public const int DefaultMatches = 4096;
    public const int DefaultCorrections = 4096;

    /// <summary>
    /// Bytes held across all cached matches (see <see cref="MatchedRows"/>; 8 more per score). At 50,000 services a
    /// match is at most 6 KB, so this holds thousands of expressions, enough to make popular searches skip FTS5.
    /// </summary>
    public const long MaxCachedBytes = 32L << 20;

    private long version;

    public long Version => Interlocked.Read(ref version);

    public LruCache<(string Expression, bool Ranked), CachedMatch> Matches { get; } =
        new(DefaultMatches, match => match.Rows.Bytes + (match.Scores.Length * sizeof(double)), MaxCachedBytes);

    /// <summary>Word as typed to its correction, or null (no correction) — both worth remembering.</summary>
    public LruCache<string, string?> Corrections { get; } = new(DefaultCorrections);

    public void Bump() => Interlocked.Increment(ref version);
}

/// <summary>Matching rows in rowid order; <see cref="Scores"/> is parallel to them, or empty when not ranked.</summary>
internal sealed record CachedMatch(MatchedRows Rows, double[] Scores);
