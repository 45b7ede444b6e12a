namespace Signpost.Search.Tests;

public class MatchedRowsTests
{
    [Theory]
    [InlineData(10, 100_000)]
    [InlineData(5_000, 10_000)]
    [InlineData(2_000, 2_000)]
    public void Rows_come_back_in_order_whether_kept_as_a_list_or_as_bits(int count, int highest)
    {
        var random = new Random(count);
        var rows = Enumerable.Range(0, count).Select(_ => (long)random.Next(1, highest + 1)).Distinct().Order().ToList();

        var matched = MatchedRows.From(rows, highest);

        Assert.Equal(rows.Count, matched.Count);
        var back = new List<long>();
        foreach (var row in matched)
        {
            back.Add(row);
        }

        Assert.Equal(rows, back);
    }

    [Fact]
    public void Many_rows_are_kept_as_bits_and_few_as_a_list()
    {
        var many = MatchedRows.From(Enumerable.Range(1, 40_000).Select(i => (long)i).ToList(), 50_000);
        var few = MatchedRows.From([3, 7, 300], 50_000);

        Assert.False(many.IsList);
        Assert.True(many.Bytes < 10_000);
        Assert.True(few.IsList);
        Assert.Equal(7, few.RowAt(1));
    }
}
