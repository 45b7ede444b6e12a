using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Signpost.Core.Audit;
using Signpost.Core.Content;
using Signpost.Core.Rules;
using Signpost.Web.Features.Editor.ReviewCycle;
using Signpost.Web.Features.Editor.Services;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Editor.Bulk;

/// <summary>Every listing the person may see as CSV, with its review status: managers get all, editors their organisation's.</summary>
public sealed class ExportModel(
    ServiceEditorQueries queries,
    ServiceVersionReader versions,
    IOptions<ReviewCycleOptions> reviewCycle,
    IAuditLog audit,
    TimeProvider clock) : PageModel
{
    private static readonly string[] Header =
        ["id", "name", "slug", "organisation", "status", "latest version state", "last modified", "last reviewed", "review by", "review status", "public url"];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await queries.ScopeAsync(User, cancellationToken);
        if (scope.SeesNothing)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var latest = versions.LatestVersions();
        var rows = await queries.ServicesIn(scope)
            .OrderBy(s => s.Organisation.Name).ThenBy(s => s.Name)
            .Select(s => new
            {
                s.Id,
                s.Name,
                s.Slug,
                Organisation = s.Organisation.Name,
                s.Status,
                Latest = latest.Where(v => v.ContentId == s.Id).Select(v => (Signpost.Core.Editorial.VersionState?)v.State).FirstOrDefault(),
                s.LastModified,
                s.LastReviewed,
                s.ReviewBy,
            })
            .ToListAsync(cancellationToken);

        var today = UkTime.Today(clock);
        var window = reviewCycle.Value.ReminderDaysBefore;
        var site = $"{Request.Scheme}://{Request.Host}";
        var csv = new StringBuilder();
        CsvText.AppendRow(csv, Header);
        foreach (var row in rows)
        {
            CsvText.AppendRow(csv,
            [
                row.Id.ToString(),
                row.Name,
                row.Slug,
                row.Organisation,
                row.Status.ToString().ToLowerInvariant(),
                // A service never edited here has only its imported, published row.
                (row.Latest?.ToString() ?? (row.Status == ContentStatus.Draft ? "Draft" : "Published")).ToLowerInvariant(),
                row.LastModified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                Date(row.LastReviewed),
                Date(row.ReviewBy),
                ReviewStatus.Of(row.ReviewBy, today, window),
                row.Status == ContentStatus.Published ? $"{site}/services/{row.Slug}" : "",
            ]);
        }

        await audit.RecordAsync(AuditActions.Exported, "services.csv", $"{rows.Count} rows", cancellationToken);
        Response.Headers.CacheControl = "no-store";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return File(bytes, "text/csv; charset=utf-8", $"services-{today:yyyy-MM-dd}.csv");
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
