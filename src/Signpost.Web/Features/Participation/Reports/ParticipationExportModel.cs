using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Audit;
using Signpost.Core.Rules;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Participation.Reports;

/// <summary>
/// What every participation export does: read the same filter as the report, record the export
/// and its filter in the audit log, write the file to a temporary file (so memory stays flat
/// however many rows) and send it. A filter with errors gets 400 and no file.
/// </summary>
public abstract class ParticipationExportModel(ParticipationFilterReader reader, IAuditLog audit, TimeProvider clock) : PageModel
{
    /// <summary>The file name without date or extension, e.g. "participation-figures".</summary>
    protected abstract string FileName { get; }

    /// <summary>"csv" or "xlsx"; also the audit entry's target.</summary>
    protected abstract string Extension { get; }

    protected string ContentType => Extension == "csv"
        ? "text/csv; charset=utf-8"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var reading = await reader.ReadAsync(Request.Query, cancellationToken);
        if (reading.Errors.Count > 0)
        {
            return BadRequest();
        }

        await audit.RecordAsync(AuditActions.Exported, $"participation/{FileName}.{Extension}", string.Join("; ", reading.Filter.Description), cancellationToken);
        var file = new FileStream(
            Path.Combine(Path.GetTempPath(), $"signpost-export-{Guid.NewGuid():N}.{Extension}"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await WriteAsync(file, reading.Filter, cancellationToken);
            file.Position = 0;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }

        Response.Headers.CacheControl = "no-store";
        return File(file, ContentType, $"{FileName}-{UkTime.Today(clock):yyyy-MM-dd}.{Extension}");
    }

    protected abstract Task WriteAsync(Stream output, ParticipationFilter filter, CancellationToken cancellationToken);
}
