namespace Signpost.Search;

/// <summary>
/// Disjunctive facet counts: a group's counts ignore that group's own selection but apply every other
/// filter, so each count is exactly the total that ticking that value (alongside what is ticked) would give.
/// One pass: a service failing no group counts everywhere, one failing just group g counts only in g.
/// </summary>
internal sealed class FacetTally
{
    private static readonly FacetGroup[] Groups = Enum.GetValues<FacetGroup>();
    private readonly int[][] counts;
    private readonly IndexedServiceFactory factory;

    public FacetTally(IndexedServiceFactory factory)
    {
        this.factory = factory;
        counts = Groups.Select(g => new int[factory.Values(g).Count]).ToArray();
    }

    public void CountAll(ReadOnlySpan<int> facets)
    {
        foreach (var code in facets)
        {
            counts[(int)FacetCodes.GroupOf(code)][FacetCodes.KeyOf(code)]++;
        }
    }

    public void CountGroup(ReadOnlySpan<int> facets, FacetGroup group)
    {
        var groupCounts = counts[(int)group];
        foreach (var code in facets)
        {
            if (FacetCodes.GroupOf(code) == group)
            {
                groupCounts[FacetCodes.KeyOf(code)]++;
            }
        }
    }

    /// <param name="selected">Per group, the selected <see cref="FacetCodes"/>, or null.</param>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> ToFacets(int[]?[] selected)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>();
        foreach (var group in Groups)
        {
            var values = factory.Values(group);
            var groupCounts = counts[(int)group];
            var chosen = (selected[(int)group] ?? []).Select(FacetCodes.KeyOf).ToArray();
            facets[FacetNames.Of(group)] = Enumerable.Range(0, groupCounts.Length)
                // A ticked value stays listed at zero so that it can be unticked.
                .Where(key => groupCounts[key] > 0 || chosen.Contains(key))
                .Select(key => new FacetCount(values.ValueOf(key), values.LabelOf(key), groupCounts[key]))
                .OrderByDescending(f => f.Count)
                .ThenBy(f => f.Label, StringComparer.OrdinalIgnoreCase)
                .ToList();
        }

        return facets;
    }
}
