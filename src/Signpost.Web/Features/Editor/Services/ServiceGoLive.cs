using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Core.Rules;
using Signpost.Data;

namespace Signpost.Web.Features.Editor.Services;

/// <summary>
/// The one place a version becomes what the public sees, shared by publishing now and by the
/// scheduled-action job, so a scheduled publish behaves exactly like a direct one. Callers check
/// permissions and version state first.
/// </summary>
public sealed class ServiceGoLive(SignpostDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Writes the version's snapshot onto the tracked service row and its links in one save (which
    /// also records the change feed, so search follows within a second), and supersedes the version
    /// that was live. Returns the snapshot as published (with its review-by date filled in).
    /// </summary>
    public async Task<ServiceSnapshot> ApplyAsync(
        Service service, IReadOnlyList<ContentVersion> all, ContentVersion version, ClaimsPrincipal reviewer, bool recordReviewer, CancellationToken cancellationToken)
    {
        var snapshot = ServiceSnapshot.FromJson(version.Snapshot);
        var today = UkTime.Today(clock);
        if (snapshot.ReviewBy is null)
        {
            // The review cycle starts at publication; the published version records the date it went live with.
            snapshot = snapshot with { ReviewBy = today.AddMonths(12) };
            version.Snapshot = snapshot.ToJson();
        }

        var now = clock.GetUtcNow();
        await ServiceAddresses.MoveAsync(db, service, snapshot.Slug, now.UtcDateTime, cancellationToken);
        var (terms, locations) = await ReferencesAsync(snapshot, cancellationToken);
        snapshot.ApplyTo(service, terms, locations);
        service.Status = ContentStatus.Published;
        service.LastReviewed = today;
        service.LastModified = now;

        Workflow.VersionFactory.MarkLive(all, version, recordReviewer ? reviewer : null, now);
        await db.SaveChangesAsync(cancellationToken);
        return snapshot;
    }

    public async Task<(IReadOnlyDictionary<Guid, TaxonomyTerm> Terms, IReadOnlyDictionary<Guid, Location> Locations)> ReferencesAsync(ServiceSnapshot snapshot, CancellationToken cancellationToken)
    {
        var termIds = snapshot.TermIds.ToList();
        var locationIds = snapshot.LocationIds.Concat(snapshot.Schedules.Select(s => s.LocationId).OfType<Guid>()).Distinct().ToList();
        var terms = await db.TaxonomyTerms.Where(t => termIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var locations = await db.Locations.Where(l => locationIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        return (terms, locations);
    }
}
