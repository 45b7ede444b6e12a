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

    /// <summary>Surface word ids (see <see cref="StemTable"/>) of the name, for telling which field a query word hit.</summary>
    public required int[] NameWords { get; init; }

    /// <summary>Surface word ids of the terms column: category and need labels and their synonym groups.</summary>
    public int[] TermWords { get; set; } = [];

    /// <summary>Surface word ids of the organisation and the summary.</summary>
    public required int[] OtherWords { get; init; }

    /// <summary>Words in the name: a shorter name that holds the words is the closer match (as BM25 length normalisation has it).</summary>
    public int NameLength => NameWords.Length;

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
