using Signpost.Search;

namespace Signpost.Search.Tests;

/// <summary>A page cut from the kept best must be exactly that page of the whole list sorted.</summary>
public class TopCandidatesTests
{
    [Theory]
    [InlineData(false, 1000, 0, 20)]
    [InlineData(false, 1000, 40, 20)]
    [InlineData(false, 1000, 990, 20)]
    [InlineData(false, 60, 0, 20)]
    [InlineData(false, 3, 0, 20)]
    [InlineData(true, 1000, 0, 20)]
    [InlineData(true, 1000, 20, 1)]
    [InlineData(true, 500, 100, 50)]
    [InlineData(false, 2000, 1900, 100)]
    [InlineData(true, 700, 0, 700)]
    [InlineData(false, 1, 0, 1)]
    public void A_page_is_that_page_of_the_fully_sorted_results(bool byDistance, int count, int offset, int size)
    {
        var random = new Random(count + offset + size);
        var names = new[] { "Youth club", "Young carers", "CAMHS", "Sexual health clinic" };
        var results = Enumerable.Range(0, count).Select(row => new Candidate(
            Service(row, names[random.Next(names.Length)]),
            // Few distinct scores and distances, so that ties are decided by the later keys.
            Score: random.Next(5),
            Tie: random.Next(3),
            Distance: random.Next(4) == 0 ? null : random.Next(10),
            Coverage: null,
            NameLength: random.Next(1, 4))).ToList();
        var ordering = new ResultOrdering(byDistance);
        var top = new TopCandidates(ordering, offset + size);

        results.ForEach(c => top.Add(c));
        var page = top.Page(offset);

        var expected = results.Order(ordering).Skip(offset).Take(size).Select(c => c.Service.Row);
        Assert.Equal(expected, page.Select(c => c.Service.Row));
        Assert.Equal(count, top.Count);
    }

    [Fact]
    public void A_page_past_the_end_is_empty()
    {
        var top = new TopCandidates(new ResultOrdering(byDistance: false), keep: 40);

        top.Add(new(Service(0, "Youth club"), 1, 0, null, null, 2));

        Assert.Empty(top.Page(offset: 20));
        Assert.Equal(1, top.Count);
    }

    private static IndexedService Service(long row, string name) => new()
    {
        Row = row,
        Source = TestDocuments.Service(name),
        NameKeyHash = 0,
        MinimumAge = null,
        MaximumAge = null,
        ValidToDay = int.MaxValue,
        Area = default,
        Localities = [],
        Closures = [],
        InPerson = true,
        CategoryLabels = [],
        NeedLabels = [],
        NameLength = name.Split(' ').Length,
    };
}
