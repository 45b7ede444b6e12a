using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Rules;
using Signpost.Data;
using Signpost.Web.Features.Editor.Services;

namespace Signpost.Web.Features.Editor.Dashboard;

/// <summary>The dashboard's lists, each narrowed to what the person may see.</summary>
public sealed class DashboardQueries(SignpostDbContext db, ServiceVersionReader versions, TimeProvider clock)
{
    public const int DueWithinDays = 30;

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
            .OrderByDescending(v => v.ReviewedAt)
            .Take(10)
            .ToListAsync(cancellationToken);
        return rows.Select(DashboardItem.From).ToList();
    }

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
