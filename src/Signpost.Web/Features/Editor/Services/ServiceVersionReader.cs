using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Data;
using Signpost.Web.Features.Editor.Scheduling;

namespace Signpost.Web.Features.Editor.Services;

/// <summary>
/// Reads a service's versions. Services imported from the seed have no versions until their first
/// edit; until then their row is treated as version 1, published, so every page sees one history.
/// </summary>
public sealed class ServiceVersionReader(SignpostDbContext db)
{
    public const int ImportedVersionNumber = 1;
    public const string ImportedAuthor = "Imported";

    public IQueryable<ContentVersion> VersionsOf(Guid serviceId) =>
        db.ContentVersions.Where(v => v.Kind == ContentKind.Service && v.ContentId == serviceId);

    /// <summary>The newest version of every service, for queues and dashboards.</summary>
    public IQueryable<ContentVersion> LatestVersions() =>
        db.ContentVersions.AsNoTracking().Where(v => v.Kind == ContentKind.Service
            && v.Number == db.ContentVersions.Where(w => w.Kind == ContentKind.Service && w.ContentId == v.ContentId).Max(w => w.Number));

    public Task<Service?> LoadServiceAsync(Guid id, bool tracking, CancellationToken cancellationToken)
    {
        var services = tracking ? db.Services : db.Services.AsNoTracking();
        return services
            .Include(s => s.Organisation)
            .Include(s => s.Terms).ThenInclude(t => t.Parent)
            .Include(s => s.Locations)
            .Include(s => s.Schedules).ThenInclude(s => s.Location)
            .Include(s => s.Closures)
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    public Task<ContentVersion?> LatestAsync(Guid serviceId, CancellationToken cancellationToken) =>
        VersionsOf(serviceId).AsNoTracking().OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);

    public Task<ContentVersion?> GetAsync(Guid serviceId, int number, CancellationToken cancellationToken) =>
        VersionsOf(serviceId).AsNoTracking().FirstOrDefaultAsync(v => v.Number == number, cancellationToken);

    /// <summary>Every version, newest first; for a service never edited, the imported one.</summary>
    public async Task<IReadOnlyList<ContentVersion>> HistoryAsync(Service service, CancellationToken cancellationToken)
    {
        var versions = await VersionsOf(service.Id).AsNoTracking().OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        return versions.Count > 0 ? versions : [Imported(service)];
    }

    /// <summary>The version with this number, or the imported one when nothing was saved yet.</summary>
    public async Task<ContentVersion?> FindAsync(Service service, int number, CancellationToken cancellationToken) =>
        await GetAsync(service.Id, number, cancellationToken)
        ?? (number == ImportedVersionNumber && !await VersionsOf(service.Id).AnyAsync(cancellationToken) ? Imported(service) : null);

    /// <summary>
    /// The newest published version, which is what the public sees (null for a service never published).
    /// A version approved to go live later is Published too, but not live until its schedule runs.
    /// </summary>
    public async Task<ServiceSnapshot?> PublishedSnapshotAsync(Service service, CancellationToken cancellationToken)
    {
        var published = await VersionsOf(service.Id).AsNoTracking()
            .Where(v => v.State == VersionState.Published)
            .LiveOrPast(db)
            .OrderByDescending(v => v.Number)
            .Select(v => v.Snapshot)
            .FirstOrDefaultAsync(cancellationToken);
        if (published is not null)
        {
            return ServiceSnapshot.FromJson(published);
        }

        return service.Status != ContentStatus.Draft && !await VersionsOf(service.Id).AnyAsync(cancellationToken) ? service.ToSnapshot() : null;
    }

    /// <summary>The version 1 a seeded service gets on its first edit: its row as it is, published by nobody in particular.</summary>
    public static ContentVersion Imported(Service service) => new()
    {
        Kind = ContentKind.Service,
        ContentId = service.Id,
        Number = ImportedVersionNumber,
        OrganisationId = service.OrganisationId,
        Title = service.Name,
        Snapshot = service.ToSnapshot().ToJson(),
        State = service.Status == ContentStatus.Draft ? VersionState.Draft : VersionState.Published,
        AuthorId = ImportedAuthor,
        AuthorName = ImportedAuthor,
        CreatedAt = service.LastModified.UtcDateTime,
    };

    /// <summary>Names for the ids a snapshot holds (terms, locations, organisations), so diffs read in words.</summary>
    public async Task<Func<Guid, string>> NamesAsync(CancellationToken cancellationToken)
    {
        var names = new Dictionary<Guid, string>();
        foreach (var (id, name) in await db.TaxonomyTerms.AsNoTracking().Select(t => new ValueTuple<Guid, string>(t.Id, t.Name)).ToListAsync(cancellationToken))
        {
            names[id] = name;
        }

        foreach (var (id, name) in await db.Locations.AsNoTracking().Select(l => new ValueTuple<Guid, string>(l.Id, l.Name)).ToListAsync(cancellationToken))
        {
            names[id] = name;
        }

        foreach (var (id, name) in await db.Organisations.AsNoTracking().Select(o => new ValueTuple<Guid, string>(o.Id, o.Name)).ToListAsync(cancellationToken))
        {
            names[id] = name;
        }

        return id => names.GetValueOrDefault(id, "(no longer exists)");
    }
}
