using Signpost.Search;

namespace Signpost.Search.Tests;

public sealed class RowListTests
{
    [Theory]
    [InlineData(10, 5000)]
    [InlineData(3000, 5000)]
    public void Adds_and_removes_in_any_order_keep_the_same_rows_as_a_set_in_list_or_bitmap_form(int initial, int highest)
    {
        var random = new Random(initial);
        var list = new RowList();
        var expected = new SortedSet<int>();
        foreach (var row in Enumerable.Range(0, initial).Select(_ => random.Next(1, highest)).Order())
        {
            list.Add(row);
            expected.Add(row);
        }

        list.Seal(highest);
        for (var i = 0; i < 2000; i++)
        {
            var row = random.Next(1, highest + 500);
            if (random.Next(2) == 0)
            {
                list.Add(row);
                expected.Add(row);
            }
            else
            {
                list.Remove(row);
                expected.Remove(row);
            }
        }

        Assert.Equal(expected, list.ToEnumerable());
        Assert.Equal(expected.Count, list.Count);
        var bits = new ulong[((highest + 500) >> 6) + 1];
        list.SetBits(bits);
        Assert.Equal(expected.Count, bits.Sum(b => System.Numerics.BitOperations.PopCount(b)));
    }
}
