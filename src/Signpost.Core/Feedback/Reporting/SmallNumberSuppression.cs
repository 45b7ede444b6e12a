namespace Signpost.Core.Feedback.Reporting;

/// <summary>
/// Disclosure control for every published or exported count (docs/adr/0006-participation-disclosure-control.md).
/// Primary: a count of 1 to 4 is shown as "&lt;5"; 0 stays 0, because "nobody" identifies no one.
/// Secondary: where counts add up to a total that is shown, a single hidden count could be worked
/// out by subtraction, so one more cell (the smallest non-zero one) is hidden too, or the total when
/// there is no such cell.
/// </summary>
public static class SmallNumberSuppression
{
    /// <summary>The smallest count shown as a number.</summary>
    public const int Threshold = 5;

    public static bool IsSmall(long count) => count is > 0 and < Threshold;

    public static ReportCell Primary(long count) => new(count, IsSmall(count) ? SuppressionMark.SmallNumber : SuppressionMark.None);

    /// <summary>
    /// Counts of categories that exclude each other and add up to the total shown with them (a
    /// "not given" row included, so the arithmetic is really there to protect).
    /// </summary>
    public static SuppressedGroup Group(IReadOnlyList<long> counts)
    {
        var marks = counts.Select(c => IsSmall(c) ? SuppressionMark.SmallNumber : SuppressionMark.None).ToArray();
        var total = counts.Sum();
        var totalMark = IsSmall(total) ? SuppressionMark.SmallNumber : SuppressionMark.None;
        if (totalMark == SuppressionMark.None && !ProtectLoneHiddenCell(counts, marks, Enumerable.Range(0, counts.Count).ToArray()))
        {
            totalMark = SuppressionMark.Secondary;
        }

        return new SuppressedGroup(counts.Select((c, i) => new ReportCell(c, marks[i])).ToArray(), new ReportCell(total, totalMark));
    }

    /// <summary>
    /// A "yes" count out of a known number asked (people ticking one outcome): the "no" count is
    /// the difference, so the cell is hidden when either side is 1 to 4.
    /// </summary>
    public static ReportCell OutOf(long count, long asked)
    {
        if (IsSmall(count) || IsSmall(asked))
        {
            return new ReportCell(count, SuppressionMark.SmallNumber);
        }

        return IsSmall(asked - count) ? new ReportCell(count, SuppressionMark.Secondary) : new ReportCell(count, SuppressionMark.None);
    }

    /// <summary>
    /// A cross-table with row and column totals shown (and a grand total). Rows and columns are
    /// protected in turn until no row or column has a lone hidden cell; a row or column that cannot
    /// be protected with another cell has its total hidden.
    /// </summary>
    public static SuppressedGrid Grid(long[,] counts)
    {
        var rows = counts.GetLength(0);
        var columns = counts.GetLength(1);
        var marks = new SuppressionMark[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                marks[r, c] = IsSmall(counts[r, c]) ? SuppressionMark.SmallNumber : SuppressionMark.None;
            }
        }

        var rowTotals = Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, columns).Sum(c => counts[r, c])).ToArray();
        var columnTotals = Enumerable.Range(0, columns).Select(c => Enumerable.Range(0, rows).Sum(r => counts[r, c])).ToArray();
        var rowTotalMarks = rowTotals.Select(t => IsSmall(t) ? SuppressionMark.SmallNumber : SuppressionMark.None).ToArray();
        var columnTotalMarks = columnTotals.Select(t => IsSmall(t) ? SuppressionMark.SmallNumber : SuppressionMark.None).ToArray();

        // Hiding a cell for one row can leave a lone hidden cell in its column, so repeat until stable;
        // each pass only ever hides more, so this ends.
        bool changed;
        do
        {
            changed = false;
            for (var r = 0; r < rows; r++)
            {
                changed |= ProtectLine(counts, marks, rowTotalMarks, r, Enumerable.Range(0, columns).Select(c => (r, c)).ToArray());
            }

            for (var c = 0; c < columns; c++)
            {
                changed |= ProtectLine(counts, marks, columnTotalMarks, c, Enumerable.Range(0, rows).Select(r => (r, c)).ToArray());
            }
        }
        while (changed);

        var grand = rowTotals.Sum();
        var cells = new ReportCell[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                cells[r, c] = new ReportCell(counts[r, c], marks[r, c]);
            }
        }

        // The totals are themselves a group adding up to the grand total.
        var rowTotalCells = Totals(rowTotals, rowTotalMarks);
        var columnTotalCells = Totals(columnTotals, columnTotalMarks);
        var grandMark = IsSmall(grand) ? SuppressionMark.SmallNumber : SuppressionMark.None;
        return new SuppressedGrid(cells, rowTotalCells, columnTotalCells, new ReportCell(grand, grandMark));
    }

    private static ReportCell[] Totals(long[] totals, SuppressionMark[] marks)
    {
        var mutable = marks.ToArray();
        ProtectLoneHiddenCell(totals, mutable, Enumerable.Range(0, totals.Length).ToArray());
        return totals.Select((t, i) => new ReportCell(t, mutable[i])).ToArray();
    }

    private static bool ProtectLine(long[,] counts, SuppressionMark[,] marks, SuppressionMark[] totalMarks, int line, (int R, int C)[] cells)
    {
        if (totalMarks[line] != SuppressionMark.None)
        {
            return false;
        }

        var lineCounts = cells.Select(p => counts[p.R, p.C]).ToArray();
        var lineMarks = cells.Select(p => marks[p.R, p.C]).ToArray();
        var before = lineMarks.Count(m => m != SuppressionMark.None);
        if (!ProtectLoneHiddenCell(lineCounts, lineMarks, Enumerable.Range(0, cells.Length).ToArray()))
        {
            totalMarks[line] = SuppressionMark.Secondary;
            return true;
        }

        for (var i = 0; i < cells.Length; i++)
        {
            marks[cells[i].R, cells[i].C] = lineMarks[i];
        }

        return lineMarks.Count(m => m != SuppressionMark.None) != before;
    }

    /// <summary>Hides the smallest other non-zero cell when exactly one is hidden; false when that is needed but there is none to hide.</summary>
    private static bool ProtectLoneHiddenCell(IReadOnlyList<long> counts, SuppressionMark[] marks, int[] indexes)
    {
        if (indexes.Count(i => marks[i] != SuppressionMark.None) != 1)
        {
            return true;
        }

        var candidate = indexes.Where(i => marks[i] == SuppressionMark.None && counts[i] > 0).OrderBy(i => counts[i]).Select(i => (int?)i).FirstOrDefault();
        if (candidate is not { } index)
        {
            return false;
        }

        marks[index] = SuppressionMark.Secondary;
        return true;
    }
}
