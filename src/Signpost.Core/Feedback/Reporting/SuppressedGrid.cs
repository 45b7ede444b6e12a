namespace Signpost.Core.Feedback.Reporting;

/// <summary>A cross-table with its row, column and grand totals, after disclosure control.</summary>
public sealed record SuppressedGrid(ReportCell[,] Cells, IReadOnlyList<ReportCell> RowTotals, IReadOnlyList<ReportCell> ColumnTotals, ReportCell GrandTotal);
