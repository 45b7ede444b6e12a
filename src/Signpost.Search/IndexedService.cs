namespace Signpost.Search;

/// <summary>
/// What a search needs of one service besides its text, kept in memory so that filters and facets are array work.
/// What every candidate is checked against (expiry, ages, facet codes, field stems) is in <see cref="ServiceColumns"/>.
/// </summary>
internal sealed class IndexedService
{
    private PendingColumns? pending;

    public required long Row { get; init; }

    /// <summary>The document with only what hits and rare filters need: the description and the lists kept here are dropped.</summary>
    public required SearchDocument Source { get; init; }

    /// <summary>
    /// Hash of the name's words joined (<see cref="IndexedServiceFactory.NameKey"/>), so the exact-name check costs one
    /// compare for almost every candidate; the words themselves are joined again only when a hash matches.
    /// </summary>
    public required int NameKeyHash { get; init; }

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

    /// <summary>
    /// Sets what the service's row of <see cref="ServiceColumns"/> will hold: facet codes (<see cref="FacetCodes"/>,
    /// ordered by group) and the surface word ids of its name, terms column, and organisation and summary. Null
    /// leaves that part of the row as it is (a synonym change rewrites only the terms). New words get their stems
    /// from SQLite in one batch after a write, and the write lock keeps searches away until then.
    /// </summary>
    public void SetColumns(int[]? facets, int[]? name, int[]? terms, int[]? other)
    {
        pending = new PendingColumns(facets ?? pending?.Facets, name ?? pending?.Name, terms ?? pending?.Terms, other ?? pending?.Other);
    }

    /// <summary>
    /// The pending facets and field stems (see <see cref="StemTable"/>), handed over once: the columns keep the only
    /// copy, since a second one per service was a tenth of a node's managed memory.
    /// </summary>
    public (int[]? Facets, int[]? Name, int[]? Terms, int[]? Other) TakeColumns(StemTable words)
    {
        var taken = pending;
        pending = null;
        return taken is null ? default : (taken.Facets, Stems(taken.Name), Stems(taken.Terms), Stems(taken.Other));

        int[]? Stems(int[]? surfaceIds) => surfaceIds is null ? null : words.ToStems(surfaceIds);
    }

    private sealed record PendingColumns(int[]? Facets, int[]? Name, int[]? Terms, int[]? Other);
}
