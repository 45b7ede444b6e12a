namespace Signpost.Search;

/// <summary>
/// The best candidates of a search, kept as the rows pass the filters, and how many passed in all. Only the best
/// (offset + page size) are held, in a heap whose top is the worst of them: a 40,000-row match is neither listed
/// nor sorted to show 20, and a node keeps no match-sized list between searches.
/// </summary>
/// <remarks>
/// A hand-written heap over the candidates themselves: <see cref="PriorityQueue{TElement, TPriority}"/> would hold each
/// one twice (as element and as priority), and moving those pairs was a tenth of a loaded node's time.
/// </remarks>
internal sealed class TopCandidates
{
    private readonly ResultOrdering ordering;
    private readonly int keep;
    private Candidate[] heap;

    public TopCandidates(ResultOrdering ordering, int keep)
    {
        this.ordering = ordering;
        this.keep = Math.Max(0, keep);
        // Sized for a page; a deep page grows the heap as it fills, never beyond the match.
        heap = new Candidate[Math.Min(this.keep, 256)];
    }

    /// <summary>Every candidate that passed, kept or not: the total the page reports.</summary>
    public int Count { get; private set; }

    private int Kept => Math.Min(Count, keep);

    public void Add(in Candidate candidate)
    {
        var kept = Kept;
        Count++;
        if (kept < keep)
        {
            if (kept == heap.Length)
            {
                Array.Resize(ref heap, Math.Min(keep, heap.Length * 2));
            }

            SiftUp(kept, candidate);
        }
        else if (keep > 0 && ordering.Compare(candidate, heap[0]) < 0)
        {
            SiftDown(0, candidate, keep);
        }
    }

    /// <summary>The kept candidates best first, without the first <paramref name="offset"/>.</summary>
    public List<Candidate> Page(long offset)
    {
        var kept = Kept;
        if (offset >= kept)
        {
            return [];
        }

        var best = new Candidate[kept];
        for (var size = kept; size > 0; size--)
        {
            // The worst left goes last; the heap's last candidate takes its place and sinks.
            best[size - 1] = heap[0];
            if (size > 1)
            {
                SiftDown(0, heap[size - 1], size - 1);
            }
        }

        return [.. best.AsSpan((int)offset)];
    }

    /// <summary>Puts <paramref name="candidate"/> at the free slot <paramref name="at"/> and moves it up past better ones.</summary>
    private void SiftUp(int at, in Candidate candidate)
    {
        while (at > 0)
        {
            var parent = (at - 1) >> 1;
            if (ordering.Compare(candidate, heap[parent]) <= 0)
            {
                break;
            }

            heap[at] = heap[parent];
            at = parent;
        }

        heap[at] = candidate;
    }

    /// <summary>Puts <paramref name="candidate"/> at <paramref name="at"/> and moves it down past worse ones, within the first <paramref name="size"/>.</summary>
    private void SiftDown(int at, in Candidate candidate, int size)
    {
        while (true)
        {
            var child = (2 * at) + 1;
            if (child >= size)
            {
                break;
            }

            if (child + 1 < size && ordering.Compare(heap[child + 1], heap[child]) > 0)
            {
                child++;
            }

            if (ordering.Compare(heap[child], candidate) <= 0)
            {
                break;
            }

            heap[at] = heap[child];
            at = child;
        }

        heap[at] = candidate;
    }
}
