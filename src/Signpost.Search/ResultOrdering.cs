namespace Signpost.Search;

/// <summary>
/// The order of results (<see cref="TopCandidates"/> keeps the best of them for a page). Relevance: score, then BM25 (if computed), then distance, then the shorter name, then name. Distance:
/// nearest first, services with no distance (coverage only) last, then score and name.
/// </summary>
internal sealed class ResultOrdering(bool byDistance) : IComparer<Candidate>
{
    public int Compare(Candidate x, Candidate y)
    {
        int order;
        if (byDistance)
        {
            order = CompareDistance(x, y);
            if (order == 0)
            {
                order = y.Score.CompareTo(x.Score);
            }
        }
        else
        {
            order = y.Score.CompareTo(x.Score);
            if (order == 0)
            {
                order = y.Tie.CompareTo(x.Tie);
            }

            if (order == 0)
            {
                order = CompareDistance(x, y);
            }

            if (order == 0)
            {
                order = x.NameLength.CompareTo(y.NameLength);
            }
        }

        if (order == 0)
        {
            order = string.Compare(x.Service.Source.Name, y.Service.Source.Name, StringComparison.OrdinalIgnoreCase);
        }

        return order != 0 ? order : x.Service.Row.CompareTo(y.Service.Row);
    }

    private static int CompareDistance(Candidate x, Candidate y) => (x.Distance, y.Distance) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        var (a, b) => a.Value.CompareTo(b.Value),
    };
}
