using System.Text;
using Signpost.Web.Features.Editor.Bulk;

namespace Signpost.Web.Features.Participation.Reports;

/// <summary>
/// The report's CSV files: the aggregates as one long table (table, row, column, value, exactly as
/// published), and the de-identified responses streamed row by row. Cells are written through
/// <see cref="CsvText"/>, which defuses spreadsheet formulas.
/// </summary>
public static class ReportCsv
{
    public static async Task WriteAggregatesAsync(Stream output, ParticipationReport report, CancellationToken cancellationToken)
    {
        await using var writer = Writer(output);
        await WriteRowAsync(writer, ["table", "row", "column", "value"]);
        foreach (var (row, value) in ReportNotes.About(report))
        {
            await WriteRowAsync(writer, ["about", row, "", value]);
        }

        foreach (var table in report.Tables)
        {
            foreach (var row in table.Total is null ? table.Rows : table.Rows.Append(table.Total))
            {
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    await WriteRowAsync(writer, [table.Id, row.Label, table.Columns[i], row.Values[i].Text]);
                }
            }
        }

        await writer.FlushAsync(cancellationToken);
    }

    public static async Task WriteRowsAsync(Stream output, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<object?>> rows, CancellationToken cancellationToken)
    {
        await using var writer = Writer(output);
        await WriteRowAsync(writer, header);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await WriteRowAsync(writer, row.Select(v => v?.ToString()));
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static StreamWriter Writer(Stream output) =>
        new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true);

    private static Task WriteRowAsync(StreamWriter writer, IEnumerable<string?> cells)
    {
        var line = new StringBuilder();
        CsvText.AppendRow(line, cells);
        return writer.WriteAsync(line);
    }
}
