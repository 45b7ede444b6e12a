using System.ComponentModel.DataAnnotations;

namespace Signpost.Web.Features.Search;

/// <summary>Settings of this node's search index, validated at start.</summary>
public sealed class SearchOptions
{
    public const string Section = "Signpost:Search";

    /// <summary>
    /// How many word matches each node keeps for repeated searches (0 turns the cache off; the bench
    /// uses 0 to measure every query doing its whole work). Memory is capped inside the engine either way.
    /// </summary>
    [Range(0, 100_000)]
    public int MatchCacheSize { get; set; } = Signpost.Search.SearchIndex.DefaultMatchCacheSize;

    /// <summary>
    /// How long /api/search responses stay in the shared cache (Redis when configured, else this node's
    /// memory); any publish invalidates them at once. 0 turns the cache off.
    /// </summary>
    [Range(0, 3600)]
    public int ResultCacheSeconds { get; set; } = 60;

    /// <summary>
    /// How often the node looks at the change feed for changes other nodes made. A commit on this
    /// node, or a nudge on Redis from another node, wakes it at once; this is the fallback.
    /// </summary>
    [Range(50, 60_000)]
    public int PollMilliseconds { get; set; } = 500;
}
