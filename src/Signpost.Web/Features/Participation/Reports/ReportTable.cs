namespace Signpost.Web.Features.Participation.Reports;

/// <summary>
/// One published table of the report, already through disclosure control: the page renders it as
/// a chart and a data table, the exports write its values as shown.
/// </summary>
public sealed record ReportTable(
    string Id,
    string Title,
    string Description,
    string RowHeading,
    IReadOnlyList<string> Columns,
    IReadOnlyList<ReportRow> Rows,
    ReportRow? Total = null)
{
    /// <summary>The column the chart draws as bars (a count column).</summary>
    public int ChartColumn { get; init; }
}
