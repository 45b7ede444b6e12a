namespace Signpost.Search;

/// <summary>
/// The best candidates of a search, kept as the rows pass the filters, and how many passed in all. Only the best
/// (offset + page size) are held, in a heap whose top is the worst of them: a 40,000-row match is neither listed
/// nor sorted to show 20, and a node keeps no match-sized list between searches.
/// </summary>
internal sealed class TopCandidates
{
    private readonly ResultOrdering ordering;
    private readonly int keep;
    private readonly PriorityQueue<Candidate, Candidate> worstFirst;

    public TopCandidates(ResultOrdering ordering, int keep)
    {
        this.ordering = ordering;
        this.keep = Math.Max(0, keep);
        // Sized for a page; a deep page grows the heap as it fills, never beyond the match.
        worstFirst = new PriorityQueue<Candidate, Candidate>(Math.Min(this.keep, 256) + 1, ordering.WorstFirst);
    }

    /// <summary>Every candidate that passed, kept or not: the total the page reports.</summary>
    public int Count { get; private set; }

    public void Add(Candidate candidate)
    {
        Count++;
        if (worstFirst.Count < keep)
        {
            worstFirst.Enqueue(candidate, candidate);
        }
        else if (keep > 0 && ordering.Compare(candidate, worstFirst.Peek()) < 0)
        {
            worstFirst.DequeueEnqueue(candidate, candidate);
        }
    }

    /// <summary>The kept candidates best first, without the first <paramref name="offset"/>; empties the heap.</summary>
    public List<Candidate> Page(long offset)
    {
        if (offset >= worstFirst.Count)
        {
            worstFirst.Clear();
            return [];
        }

        var best = new Candidate[worstFirst.Count];
        for (var i = best.Length - 1; i >= 0; i--)
        {
            best[i] = worstFirst.Dequeue();
        }

        return [.. best.AsSpan((int)offset)];
    }
}
