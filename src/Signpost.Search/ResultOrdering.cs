namespace Signpost.Search;

/// <summary>
/// Orders results and cuts out one page. Only the best (offset + page size) are kept in a heap, so a
/// 40,000-row match is not sorted to show 20. Relevance: score, then BM25 (if computed), then distance, then the shorter name, then name. Distance:
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

    public List<Candidate> Page(List<Candidate> results, long offset, int size)
    {
        if (offset >= results.Count)
        {
            return [];
        }

        var wanted = (int)Math.Min(results.Count, offset + size);
        List<Candidate> best;
        if (wanted * 4 >= results.Count)
        {
            best = [.. results];
            best.Sort(this);
        }
        else
        {
            // A max-heap of the worst kept result: anything better than it replaces it.
            var heap = new PriorityQueue<Candidate, Candidate>(wanted + 1, Comparer<Candidate>.Create((a, b) => Compare(b, a)));
            foreach (var candidate in results)
            {
                if (heap.Count < wanted)
                {
                    heap.Enqueue(candidate, candidate);
                }
                else if (Compare(candidate, heap.Peek()) < 0)
                {
                    heap.DequeueEnqueue(candidate, candidate);
                }
            }

            best = new List<Candidate>(heap.Count);
            while (heap.Count > 0)
            {
                best.Add(heap.Dequeue());
            }

            best.Reverse();
        }

        return best.GetRange((int)offset, wanted - (int)offset);
    }

    private static int CompareDistance(Candidate x, Candidate y) => (x.Distance, y.Distance) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        var (a, b) => a.Value.CompareTo(b.Value),
    };
}
