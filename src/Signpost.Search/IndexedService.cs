namespace Signpost.Search;

/// <summary>
/// What a search needs of one service besides its text, kept in memory so that filters and facets are array work.
/// What every candidate is checked against sits in this object itself (ages, expiry, facet codes, field stems),
/// so a search over 40,000 matches touches one object and a few small arrays per service, not a graph.
/// </summary>
internal sealed class IndexedService
{
    private PendingWords? pending;

    public required long Row { get; init; }

    /// <summary>The document with only what hits and rare filters need: the description and the lists kept here are dropped.</summary>
    public required SearchDocument Source { get; init; }

    public required string NameKey { get; init; }

    /// <summary>Hash of <see cref="NameKey"/>, so the exact-name check costs one compare for almost every candidate.</summary>
    public required int NameKeyHash { get; init; }

    /// <summary>Every facet value of the service as <see cref="FacetCodes"/>, ordered by group.</summary>
    public required int[] Facets { get; init; }

    public required int? MinimumAge { get; init; }

    public required int? MaximumAge { get; init; }

    /// <summary><see cref="SearchDocument.ValidTo"/> as a day number; int.MaxValue when the service does not expire.</summary>
    public required int ValidToDay { get; init; }

    public required AreaKind Area { get; init; }

    public required string[] Localities { get; init; }

    public required DateOnly[] Closures { get; init; }

    public required bool InPerson { get; init; }

    public required IReadOnlyList<string> CategoryLabels { get; init; }

    public required IReadOnlyList<string> NeedLabels { get; init; }

    /// <summary>Words in the name: a shorter name that holds the words is the closer match (as BM25 length normalisation has it).</summary>
    public required int NameLength { get; init; }

    /// <summary>Stem ids (see <see cref="StemTable"/>) of the name, for telling which field a query word hit.</summary>
    public int[] NameStems { get; private set; } = [];

    /// <summary>Stem ids of the terms column: category and need labels and their synonym groups.</summary>
    public int[] TermStems { get; private set; } = [];

    /// <summary>Stem ids of the organisation and the summary.</summary>
    public int[] OtherStems { get; private set; } = [];

    /// <summary>
    /// Surface word ids waiting for <see cref="ResolveStems"/>: new words get their stems from SQLite in one
    /// batch after a write, and the write lock keeps searches away until then.
    /// </summary>
    public void SetWords(int[]? name, int[]? terms, int[]? other)
    {
        pending = new PendingWords(name ?? pending?.Name, terms ?? pending?.Terms, other ?? pending?.Other);
    }

    public void ResolveStems(StemTable words)
    {
        if (pending is null)
        {
            return;
        }

        NameStems = pending.Name is { } name ? words.ToStems(name) : NameStems;
        TermStems = pending.Terms is { } terms ? words.ToStems(terms) : TermStems;
        OtherStems = pending.Other is { } other ? words.ToStems(other) : OtherStems;
        pending = null;
    }

    private sealed record PendingWords(int[]? Name, int[]? Terms, int[]? Other);
}
