using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Core.Rules;
using Signpost.Data;
using Signpost.Web.Features.Editor.Permissions;
using Signpost.Web.Features.Editor.Services;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Editor.Bulk;

/// <summary>
/// Bulk "mark reviewed": someone has checked the listing is still right. Review dates are not
/// content, so this makes no version; it moves the service row's dates (which the public page's
/// out-of-date notice reads) and the same dates in the versions that would otherwise put the old
/// review-by date back when they are published.
/// </summary>
public sealed class ReviewMarker(SignpostDbContext db, EditorPermissions permissions, IAuditLog audit, TimeProvider clock)
{
    public const int ReviewMonths = 12;

    /// <summary>Marks each service the user may edit; returns those done and the names of those refused.</summary>
    public async Task<(IReadOnlyList<string> Marked, IReadOnlyList<string> Refused)> MarkAsync(ClaimsPrincipal user, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var today = UkTime.Today(clock);
        var reviewBy = today.AddMonths(ReviewMonths);
        var services = await db.Services.Include(s => s.Organisation).Where(s => ids.Contains(s.Id)).OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var marked = new List<Service>();
        var refused = new List<string>();
        foreach (var service in services)
        {
            // Checked per item: a forged post may mix in another organisation's listings.
            if (!await permissions.AllowsAsync(user, service, ContentOperations.Edit))
            {
                refused.Add(service.Name);
                continue;
            }

            await MoveVersionDatesAsync(service, service.ReviewBy, reviewBy, cancellationToken);
            service.LastReviewed = today;
            service.ReviewBy = reviewBy;
            marked.Add(service);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var service in marked)
        {
            await audit.RecordAsync(AuditActions.MarkedReviewed, $"service:{service.Slug}", $"review by {reviewBy:yyyy-MM-dd}", cancellationToken);
        }

        return (marked.Select(s => s.Name).ToList(), refused);
    }

    /// <summary>
    /// The live version and anything newer that still carries the old date get the new one; a
    /// draft whose editor chose another date keeps theirs. Superseded history is left as it was.
    /// </summary>
    private async Task MoveVersionDatesAsync(Service service, DateOnly? from, DateOnly to, CancellationToken cancellationToken)
    {
        var current = await db.ContentVersions
            .Where(v => v.Kind == ContentKind.Service && v.ContentId == service.Id && v.State != VersionState.Superseded)
            .ToListAsync(cancellationToken);
        foreach (var version in current)
        {
            var snapshot = ServiceSnapshot.FromJson(version.Snapshot);
            if (snapshot.ReviewBy is { } date && date == from)
            {
                version.Snapshot = (snapshot with { ReviewBy = to }).ToJson();
            }
        }
    }
}
