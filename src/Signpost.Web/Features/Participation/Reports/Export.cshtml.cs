using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Audit;
using Signpost.Core.Rules;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Participation.Reports;

/// <summary>
/// The four exports: export.csv and export.xlsx (the published figures, with the page's disclosure
/// control), responses.csv and responses.xlsx (approved responses, de-identified). Each reads the
/// report's filter, records the export and its filter in the audit log, and is written to a
/// temporary file first so memory stays flat however many rows. A filter with errors gets 400.
/// </summary>
public sealed class ExportModel(
    ParticipationFilterReader reader,
    ParticipationQueries queries,
    DeidentifiedResponses responses,
    IAuditLog audit,
    TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string kind, string format, CancellationToken cancellationToken)
    {
        var reading = await reader.ReadAsync(Request.Query, cancellationToken);
        if (reading.Errors.Count > 0)
        {
            return BadRequest();
        }

        var name = kind == "responses" ? "participation-responses" : "participation-figures";
        await audit.RecordAsync(AuditActions.Exported, $"participation/{name}.{format}", string.Join("; ", reading.Filter.Description), cancellationToken);
        var file = new FileStream(
            Path.Combine(Path.GetTempPath(), $"signpost-export-{Guid.NewGuid():N}.{format}"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await WriteAsync(file, kind, format, reading.Filter, cancellationToken);
            file.Position = 0;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }

        Response.Headers.CacheControl = "no-store";
        var contentType = format == "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        return File(file, contentType, $"{name}-{UkTime.Today(clock):yyyy-MM-dd}.{format}");
    }

    private async Task WriteAsync(Stream output, string kind, string format, ParticipationFilter filter, CancellationToken cancellationToken)
    {
        if (kind == "responses")
        {
            var rows = responses.RowsAsync(filter, cancellationToken);
            await (format == "csv"
                ? ReportCsv.WriteRowsAsync(output, DeidentifiedResponses.Columns, rows, cancellationToken)
                : ReportXlsx.WriteRowsAsync(output, DeidentifiedResponses.Columns, rows, cancellationToken));
            return;
        }

        var report = ParticipationReportBuilder.Build(filter, await queries.FiguresAsync(filter, cancellationToken));
        if (format == "csv")
        {
            await ReportCsv.WriteAggregatesAsync(output, report, cancellationToken);
        }
        else
        {
            ReportXlsx.WriteAggregates(output, report);
        }
    }
}
