using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Snapshots;

namespace Signpost.Web.Tests.Editor.Locations;

/// <summary>Arranges venues straight in the store and reads back what the workflow did.</summary>
public static class LocationEditorStore
{
    /// <summary>
    /// A venue of its own for one test, used by a new published service of each given organisation
    /// (none: an unused venue nobody created through the workflow).
    /// </summary>
    public static async Task<Location> CreateAsync(SignpostWebFactory factory, params Guid[] usedBy)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var slug = $"test-venue-{Guid.NewGuid():N}"[..23];
        var location = new Location
        {
            Id = Guid.NewGuid(), Slug = slug, Name = $"Test venue {slug}", Address = "1 Test Street", Town = "Widnes", Postcode = "WA8 7QE",
            Latitude = 53.3631, Longitude = -2.7335, Accessibility = ["lift"], LastModified = DateTimeOffset.UtcNow,
        };
        db.Locations.Add(location);
        foreach (var organisationId in usedBy)
        {
            var serviceSlug = $"venue-test-{Guid.NewGuid():N}"[..24];
            db.Services.Add(new Service
            {
                Id = Guid.NewGuid(), Slug = serviceSlug, Name = $"Venue test service {serviceSlug}", Summary = "Made for a venue test.", Description = "Made for a test.",
                Status = ContentStatus.Published, OrganisationId = organisationId, AccessRoutes = [AccessRoute.DropIn], DeliveryModes = [DeliveryMode.InPerson],
                Locations = [location], LastModified = DateTimeOffset.UtcNow,
            });
        }

        await db.SaveChangesAsync();
        return location;
    }

    public static async Task<(Location? Location, List<ContentVersion> Versions)> ReadAsync(SignpostWebFactory factory, Guid id)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var location = await db.Locations.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id);
        var versions = await db.ContentVersions.AsNoTracking().Where(v => v.Kind == ContentKind.Location && v.ContentId == id).OrderBy(v => v.Number).ToListAsync();
        return (location, versions);
    }

    public static async Task<string> StateOfAsync(SignpostWebFactory factory, Guid id)
    {
        var (location, versions) = await ReadAsync(factory, id);
        return $"{location?.Name} {location?.Postcode} {location?.Latitude} {location?.Longitude} {location?.Transport} | " + string.Join(", ", versions.Select(v => $"{v.Number}:{v.State}:{v.Title}"));
    }

    public static async Task<int> LatestNumberAsync(SignpostWebFactory factory, Guid id) =>
        (await ReadAsync(factory, id)).Versions.Select(v => v.Number).DefaultIfEmpty(1).Max();

    /// <summary>Adds the next version of the venue's current row in the given state, e.g. a submission waiting for review.</summary>
    public static async Task AddVersionAsync(SignpostWebFactory factory, Guid id, VersionState state, string name)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var location = await db.Locations.AsNoTracking().SingleAsync(l => l.Id == id);
        var number = (await db.ContentVersions.Where(v => v.Kind == ContentKind.Location && v.ContentId == id).MaxAsync(v => (int?)v.Number) ?? 0) + 1;
        var snapshot = location.ToSnapshot() with { Name = name };
        db.ContentVersions.Add(new ContentVersion
        {
            Kind = ContentKind.Location, ContentId = id, Number = number, Title = name, Snapshot = snapshot.ToJson(), State = state,
            AuthorId = "test", AuthorName = "test@example.org", CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }
}
