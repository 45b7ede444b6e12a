using Microsoft.EntityFrameworkCore;
using Signpost.Core.ChangeFeed;
using Signpost.Core.Content;

namespace Signpost.Data.ChangeFeed;

/// <summary>
/// Turns what a unit of work changed into change-feed rows, so that the rows commit or roll
/// back with the content itself. Anything a published listing shows counts: the service, its
/// sessions, closures, links, its organisation and its venues.
/// </summary>
internal static class ChangeFeedRecorder
{
    public static async Task RecordAsync(SignpostDbContext db, DateTime utcNow, CancellationToken cancellationToken)
    {
        var serviceIds = new HashSet<Guid>();
        var organisationIds = new List<Guid>();
        var locationIds = new List<Guid>();
        var synonyms = false;
        var rebuild = false;
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList())
        {
            switch (entry.Entity)
            {
                case Service service:
                    serviceIds.Add(service.Id);
                    break;
                case ServiceSchedule schedule:
                    serviceIds.Add(schedule.ServiceId);
                    break;
                case ServiceClosure closure:
                    serviceIds.Add(closure.ServiceId);
                    break;
                case Organisation organisation when entry.State != EntityState.Added:
                    organisationIds.Add(organisation.Id);
                    break;
                case Location location when entry.State != EntityState.Added:
                    locationIds.Add(location.Id);
                    break;
                case TaxonomyTerm when entry.State != EntityState.Added:
                    rebuild = true;
                    break;
                case SynonymGroup:
                    synonyms = true;
                    break;
                case Dictionary<string, object> link when entry.Metadata.FindProperty("ServicesId") is not null:
                    serviceIds.Add((Guid)(entry.State == EntityState.Deleted ? entry.OriginalValues["ServicesId"]! : link["ServicesId"]));
                    break;
            }
        }

        if (organisationIds.Count > 0)
        {
            serviceIds.UnionWith(await db.Services.Where(s => organisationIds.Contains(s.OrganisationId)).Select(s => s.Id).ToListAsync(cancellationToken));
        }

        if (locationIds.Count > 0)
        {
            serviceIds.UnionWith(await db.Services.Where(s => s.Locations.Any(l => locationIds.Contains(l.Id))).Select(s => s.Id).ToListAsync(cancellationToken));
        }

        var changes = db.Set<ContentChange>();
        if (rebuild)
        {
            changes.Add(new ContentChange { Kind = ContentChangeKind.Rebuild, OccurredAt = utcNow });
        }
        else
        {
            changes.AddRange(serviceIds.Order().Select(id => new ContentChange { Kind = ContentChangeKind.Service, EntityId = id, OccurredAt = utcNow }));
        }

        if (synonyms)
        {
            changes.Add(new ContentChange { Kind = ContentChangeKind.Synonyms, OccurredAt = utcNow });
        }
    }
}
