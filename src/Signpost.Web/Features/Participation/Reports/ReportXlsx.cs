namespace Signpost.Web.Features.Participation.Reports;

/// <summary>The report's spreadsheets: an "About" sheet and one sheet per published table; or the de-identified responses.</summary>
public static class ReportXlsx
{
    public static void WriteAggregates(Stream output, ParticipationReport report)
    {
        using var workbook = new XlsxWorkbookWriter(output);
        workbook.AddSheet("About", ReportNotes.About(report).Select(a => (IReadOnlyList<object?>)[a.Label, a.Value]).Prepend(["About this report", ""]));
        foreach (var table in report.Tables)
        {
            var rows = (table.Total is null ? table.Rows : table.Rows.Append(table.Total))
                .Select(r => (IReadOnlyList<object?>)r.Values.Select(v => v.Number is { } n ? (object?)n : v.Text).Prepend(r.Label).ToList())
                .Prepend([table.RowHeading, .. table.Columns]);
            workbook.AddSheet(table.Title, rows);
        }
    }

    public static async Task WriteRowsAsync(Stream output, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<object?>> rows, CancellationToken cancellationToken)
    {
        using var workbook = new XlsxWorkbookWriter(output);
        await workbook.AddSheetAsync("Responses", Prepend(header, rows, cancellationToken), cancellationToken);
    }

    private static async IAsyncEnumerable<IReadOnlyList<object?>> Prepend(
        IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<object?>> rows, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return header.Cast<object?>().ToList();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }
}
