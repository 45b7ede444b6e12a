using Signpost.Core.Feedback.Reporting;

namespace Signpost.Core.Tests.Feedback.Reporting;

public sealed class SmallNumberSuppressionTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "<5")]
    [InlineData(4, "<5")]
    [InlineData(5, "5")]
    [InlineData(1234, "1,234")]
    public void Counts_of_one_to_four_show_as_under_five_and_zero_stays_zero(long count, string shown) =>
        Assert.Equal(shown, SmallNumberSuppression.Primary(count).Display);

    [Fact]
    public void A_lone_small_cell_in_a_group_with_a_total_hides_the_next_smallest_non_zero_cell()
    {
        var group = SmallNumberSuppression.Group([20, 3, 0, 7, 9]);

        Assert.Equal(["20", "<5", "0", "[c]", "9"], group.Cells.Select(c => c.Display));
        Assert.Equal("39", group.Total.Display);
        Assert.Equal(2, group.Cells.Count(c => !c.IsShown));
    }

    [Fact]
    public void Two_small_cells_protect_each_other()
    {
        var group = SmallNumberSuppression.Group([20, 3, 2, 7]);

        Assert.Equal(["20", "<5", "<5", "7"], group.Cells.Select(c => c.Display));
        Assert.True(group.Total.IsShown);
    }

    [Fact]
    public void With_no_other_cell_to_hide_the_total_is_hidden()
    {
        // 3 beside a 0 and a total of 3 would be small anyway; here the only other cells are 0.
        var group = SmallNumberSuppression.Group([0, 3, 0]);
        Assert.Equal("<5", group.Total.Display);

        var single = SmallNumberSuppression.Group([12, 0]);
        Assert.True(single.Cells.All(c => c.IsShown));
        Assert.True(single.Total.IsShown);
    }

    [Fact]
    public void No_hidden_count_can_be_worked_out_from_the_total()
    {
        var random = new Random(20261122);
        for (var run = 0; run < 2000; run++)
        {
            var counts = Enumerable.Range(0, random.Next(2, 7)).Select(_ => (long)random.Next(0, 12)).ToArray();
            var group = SmallNumberSuppression.Group(counts);
            var hidden = group.Cells.Where(c => !c.IsShown).ToList();
            if (group.Total.IsShown)
            {
                Assert.NotEqual(1, hidden.Count);
            }

            Assert.All(group.Cells.Where(c => SmallNumberSuppression.IsSmall(c.Count)), c => Assert.False(c.IsShown));
        }
    }

    [Theory]
    [InlineData(10, 40, "10")]
    [InlineData(3, 40, "<5")]
    [InlineData(38, 40, "[c]")]
    [InlineData(40, 40, "40")]
    [InlineData(0, 40, "0")]
    [InlineData(0, 3, "<5")]
    public void A_count_out_of_the_number_asked_is_hidden_when_either_side_is_small(long count, long asked, string shown) =>
        Assert.Equal(shown, SmallNumberSuppression.OutOf(count, asked).Display);

    [Fact]
    public void Percentages_of_hidden_cells_or_hidden_totals_are_not_given()
    {
        var group = SmallNumberSuppression.Group([20, 3, 7]);
        Assert.Equal("67%", group.Cells[0].PercentOf(group.Total));
        Assert.Null(group.Cells[1].PercentOf(group.Total));
        Assert.Null(group.Cells[2].PercentOf(group.Total));
        Assert.Null(SmallNumberSuppression.Primary(6).PercentOf(SmallNumberSuppression.Primary(3)));
    }

    [Fact]
    public void A_grid_protects_rows_and_columns_until_no_line_has_a_lone_hidden_cell()
    {
        long[,] counts =
        {
            { 10, 2, 8 },
            { 12, 9, 15 },
            { 6, 11, 7 },
        };

        var grid = SmallNumberSuppression.Grid(counts);

        for (var r = 0; r < 3; r++)
        {
            Assert.NotEqual(1, Enumerable.Range(0, 3).Count(c => !grid.Cells[r, c].IsShown));
        }

        for (var c = 0; c < 3; c++)
        {
            Assert.NotEqual(1, Enumerable.Range(0, 3).Count(r => !grid.Cells[r, c].IsShown));
        }

        Assert.Equal("<5", grid.Cells[0, 1].Display);
        Assert.Equal("[c]", grid.Cells[0, 2].Display);
        Assert.Equal("20", grid.RowTotals[0].Display);
        Assert.Equal("80", grid.GrandTotal.Display);
    }

    [Fact]
    public void A_grid_line_with_nothing_else_to_hide_loses_its_total()
    {
        long[,] counts =
        {
            { 3, 0 },
            { 9, 0 },
        };

        var grid = SmallNumberSuppression.Grid(counts);

        Assert.Equal("<5", grid.Cells[0, 0].Display);
        Assert.False(grid.RowTotals[0].IsShown);
        Assert.False(grid.Cells[1, 0].IsShown);
    }
}
