using Signpost.Core.Rules;

namespace Signpost.Search;

/// <summary>
/// What every candidate of a search is checked against, by row, in flat arrays: expiry, ages, exact-name hash,
/// facet codes and field stems. A 40,000-row match then streams through a few megabytes in row order instead
/// of visiting 40,000 objects and their arrays scattered over the heap, which is what made large matches slow.
/// Written only under the index's write lock; a changed row's slices are appended and the old ones left as
/// garbage until <see cref="Compact"/> reclaims them.
/// </summary>
internal sealed class ServiceColumns
{
    private const int NoAge = int.MinValue;

    private int[] validToDay = [];
    private int[] minimumAge = [];
    private int[] maximumAge = [];
    private int[] nameKeyHash = [];
    private int[] nameLength = [];
    private AreaKind[] area = [];
    private int[] facetStart = [];
    private int[] facetEnd = [];

    /// <summary>Per row: where its stems start, then where its name, terms and other stems end.</summary>
    private int[] stemStart = [];
    private int[] nameEnd = [];
    private int[] termsEnd = [];
    private int[] otherEnd = [];
    private int[] facetPool = new int[1024];
    private int[] stemPool = new int[4096];
    private int facetUsed;
    private int stemUsed;
    private long liveFacets;
    private long liveStems;

    public int ValidToDay(long row) => validToDay[row];

    public int NameKeyHash(long row) => nameKeyHash[row];

    public int NameLength(long row) => nameLength[row];

    public AreaKind Area(long row) => area[row];

    public bool AgesOverlap(long row, int? from, int? to)
    {
        var minimum = minimumAge[row];
        var maximum = maximumAge[row];
        return new AgeRange(minimum == NoAge ? null : minimum, maximum == NoAge ? null : maximum).Overlaps(from, to);
    }

    public ReadOnlySpan<int> Facets(long row) => facetPool.AsSpan(facetStart[row], facetEnd[row] - facetStart[row]);

    public ReadOnlySpan<int> NameStems(long row) => stemPool.AsSpan(stemStart[row], nameEnd[row] - stemStart[row]);

    public ReadOnlySpan<int> TermStems(long row) => stemPool.AsSpan(nameEnd[row], termsEnd[row] - nameEnd[row]);

    public ReadOnlySpan<int> OtherStems(long row) => stemPool.AsSpan(termsEnd[row], otherEnd[row] - termsEnd[row]);

    /// <summary>
    /// Writes the service's row: its scalars, and the facets and stems it has pending (see
    /// <see cref="IndexedService.TakeColumns"/>); a part with nothing pending keeps what the row held.
    /// </summary>
    public void Set(IndexedService service, StemTable words)
    {
        var row = service.Row;
        Grow(row + 1);
        var (facets, name, terms, other) = service.TakeColumns(words);
        facets ??= Facets(row).ToArray();
        name ??= NameStems(row).ToArray();
        terms ??= TermStems(row).ToArray();
        other ??= OtherStems(row).ToArray();
        Forget(row);
        validToDay[row] = service.ValidToDay;
        minimumAge[row] = service.MinimumAge ?? NoAge;
        maximumAge[row] = service.MaximumAge ?? NoAge;
        nameKeyHash[row] = service.NameKeyHash;
        nameLength[row] = service.NameLength;
        area[row] = service.Area;
        facetStart[row] = facetUsed;
        Append(ref facetPool, ref facetUsed, facets);
        facetEnd[row] = facetUsed;
        stemStart[row] = stemUsed;
        Append(ref stemPool, ref stemUsed, name);
        nameEnd[row] = stemUsed;
        Append(ref stemPool, ref stemUsed, terms);
        termsEnd[row] = stemUsed;
        Append(ref stemPool, ref stemUsed, other);
        otherEnd[row] = stemUsed;
        liveFacets += facets.Length;
        liveStems += otherEnd[row] - stemStart[row];
    }

    public void Clear(long row)
    {
        if (row < validToDay.Length)
        {
            Forget(row);
        }
    }

    /// <summary>Rewrites the pools in row order without the slices of changed and removed rows, once they are mostly garbage.</summary>
    public void Compact()
    {
        if (facetUsed <= 2 * liveFacets + 1024 && stemUsed <= 2 * liveStems + 4096)
        {
            return;
        }

        var facets = new int[Math.Max(1024, liveFacets + 1024)];
        var stems = new int[Math.Max(4096, liveStems + 4096)];
        int facetsUsed = 0, stemsUsed = 0;
        for (var row = 0; row < validToDay.Length; row++)
        {
            var facetLength = facetEnd[row] - facetStart[row];
            Array.Copy(facetPool, facetStart[row], facets, facetsUsed, facetLength);
            facetStart[row] = facetsUsed;
            facetEnd[row] = facetsUsed += facetLength;
            var start = stemStart[row];
            Array.Copy(stemPool, start, stems, stemsUsed, otherEnd[row] - start);
            stemStart[row] = stemsUsed;
            nameEnd[row] += stemsUsed - start;
            termsEnd[row] += stemsUsed - start;
            otherEnd[row] += stemsUsed - start;
            stemsUsed = otherEnd[row];
        }

        (facetPool, facetUsed, stemPool, stemUsed) = (facets, facetsUsed, stems, stemsUsed);
    }

    private void Forget(long row)
    {
        liveFacets -= facetEnd[row] - facetStart[row];
        liveStems -= otherEnd[row] - stemStart[row];
        facetStart[row] = facetEnd[row] = 0;
        stemStart[row] = nameEnd[row] = termsEnd[row] = otherEnd[row] = 0;
        validToDay[row] = int.MinValue;
    }

    private void Grow(long rows)
    {
        if (rows <= validToDay.Length)
        {
            return;
        }

        var size = (int)Math.Max(rows, Math.Max(64, validToDay.Length * 2L));
        Array.Resize(ref validToDay, size);
        Array.Resize(ref minimumAge, size);
        Array.Resize(ref maximumAge, size);
        Array.Resize(ref nameKeyHash, size);
        Array.Resize(ref nameLength, size);
        Array.Resize(ref area, size);
        Array.Resize(ref facetStart, size);
        Array.Resize(ref facetEnd, size);
        Array.Resize(ref stemStart, size);
        Array.Resize(ref nameEnd, size);
        Array.Resize(ref termsEnd, size);
        Array.Resize(ref otherEnd, size);
    }

    private static void Append(ref int[] pool, ref int used, int[] values)
    {
        if (used + values.Length > pool.Length)
        {
            Array.Resize(ref pool, Math.Max(pool.Length * 2, used + values.Length));
        }

        values.CopyTo(pool, used);
        used += values.Length;
    }
}
