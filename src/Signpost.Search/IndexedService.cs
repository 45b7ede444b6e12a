namespace Signpost.Search;

/// <summary>What a search needs of one service besides its text, kept in memory so that filters and facets are array work.</summary>
internal sealed class IndexedService
{
    public required long Row { get; init; }
    public required SearchDocument Source { get; init; }
    public required string NameKey { get; init; }
    public required int[][] FacetKeys { get; init; }
    public required long[] LocationIds { get; init; }
    public required AreaKind Area { get; init; }
    public required HashSet<string> Localities { get; init; }
    public required HashSet<DateOnly> Closures { get; init; }
    public required bool InPerson { get; init; }
    public required IReadOnlyList<string> CategoryLabels { get; init; }
    public required IReadOnlyList<string> NeedLabels { get; init; }

    public bool HasAny(FacetGroup group, int[] wanted)
    {
        var own = FacetKeys[(int)group];
        foreach (var key in wanted)
        {
            if (Array.IndexOf(own, key) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
