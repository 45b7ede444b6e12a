using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Rules;
using Microsoft.Extensions.Options;
using Signpost.Data;
using Signpost.Web.Features.Editor.ReviewCycle;
using Signpost.Web.Features.Editor.Scheduling;
using Signpost.Web.Features.Editor.Services;

namespace Signpost.Web.Features.Editor.Dashboard;

/// <summary>The dashboard's lists, each narrowed to what the person may see.</summary>
public sealed class DashboardQueries(SignpostDbContext db, ServiceVersionReader versions, ContentSchedules schedules, IOptions<ReviewCycleOptions> reviewCycle, TimeProvider clock)
{
    /// <summary>The reminder window, so the dashboard lists exactly what editors are being reminded about.</summary>
    public int DueWithinDays => reviewCycle.Value.ReminderDaysBefore;

    public DateOnly Today => UkTime.Today(clock);

    public async Task<IReadOnlyList<DashboardItem>> MyDraftsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var rows = await versions.LatestVersions()
            .Where(v => v.AuthorId == userId && (v.State == VersionState.Draft || v.State == VersionState.Rejected))
            .OrderByDescending(v => v.CreatedAt)
            .Take(50)
            .ToListAsync(cancellationToken);
        return rows.Select(DashboardItem.From).ToList();
    }

    public async Task<IReadOnlyList<DashboardItem>> WaitingForReviewAsync(EditorScope scope, CancellationToken cancellationToken)
    {
        var rows = await InScope(versions.LatestVersions(), scope)
            .Where(v => v.State == VersionState.InReview)
            .OrderBy(v => v.CreatedAt)
            .Take(100)
            .ToListAsync(cancellationToken);
        return rows.Select(DashboardItem.From).ToList();
    }

    public async Task<IReadOnlyList<DueItem>> DueForReviewAsync(EditorScope scope, CancellationToken cancellationToken)
    {
        var limit = UkTime.Today(clock).AddDays(DueWithinDays);
        var services = db.Services.AsNoTracking().Where(s => s.Status == ContentStatus.Published && s.ReviewBy != null && s.ReviewBy <= limit);
        services = scope.SeesEverything ? services : services.Where(s => s.OrganisationId == scope.OrganisationId);
        return await services.OrderBy(s => s.ReviewBy).Take(100)
            .Select(s => new DueItem(s.Id, s.Name, s.Organisation.Name, s.ReviewBy!.Value))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DashboardItem>> RecentlyPublishedAsync(EditorScope scope, CancellationToken cancellationToken)
    {
        var rows = await InScope(db.ContentVersions.AsNoTracking().Where(v => v.Kind == ContentKind.Service), scope)
            .Where(v => (v.State == VersionState.Published || v.State == VersionState.Superseded) && v.ReviewedAt != null)
            .LiveOrPast(db)
            .OrderByDescending(v => v.ReviewedAt)
            .Take(10)
            .ToListAsync(cancellationToken);
        return rows.Select(DashboardItem.From).ToList();
    }

    /// <summary>Scheduled publishes and withdrawals of every kind still to run, soonest first, for what the person may see.</summary>
    public Task<IReadOnlyList<PendingAction>> ScheduledAsync(EditorScope scope, CancellationToken cancellationToken) =>
        schedules.PendingAsync(scope.OrganisationId, scope.SeesEverything, cancellationToken);

    /// <summary>What people looked for and did not find: gaps in the directory, for managers.</summary>
    public async Task<IReadOnlyList<(string Text, int Count)>> SearchesWithNoResultsAsync(CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-30);
        var rows = await db.SearchLog.AsNoTracking()
            .Where(e => e.ResultCount == 0 && e.At >= since && e.Text != "")
            .GroupBy(e => e.Text.ToLower())
            .Select(g => new { Text = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Text)
            .Take(20)
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.Text, r.Count)).ToList();
    }

    private static IQueryable<ContentVersion> InScope(IQueryable<ContentVersion> query, EditorScope scope) =>
        scope.SeesEverything ? query : query.Where(v => v.OrganisationId == scope.OrganisationId);
}
