using Microsoft.EntityFrameworkCore;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Permissions;
using Signpost.Data;
using Signpost.Web.Features.Editor.Services;
using Signpost.Web.Features.Editor.Workflow;

namespace Signpost.Web.Features.Editor.Locations;

/// <summary>Reads for the venues list and form.</summary>
public sealed class LocationQueries(SignpostDbContext db, VersionHistory history)
{
    public const int PageSize = 100;

    /// <summary>A full postcode's point from the postcode data in the store, or null when it is not there.</summary>
    public async Task<(double Latitude, double Longitude)?> LookUpAsync(string postcode, CancellationToken cancellationToken)
    {
        var point = await db.Postcodes.AsNoTracking().Where(p => p.Postcode == postcode && !p.IsDistrict).Select(p => new { p.Latitude, p.Longitude }).FirstOrDefaultAsync(cancellationToken);
        return point is null ? null : (point.Latitude, point.Longitude);
    }

    /// <summary>
    /// Venues matching the words, narrowed for an editor to those they may change (the rule of
    /// <see cref="LocationOwnership"/>, applied here to the whole list at once).
    /// </summary>
    public async Task<(IReadOnlyList<LocationListRow> Rows, int Total)> ListAsync(EditorScope scope, string? text, bool waitingOnly, CancellationToken cancellationToken)
    {
        var query = db.Locations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var words = text.Trim().ToLower();
            query = query.Where(l => l.Name.ToLower().Contains(words) || l.Town.ToLower().Contains(words) || l.Postcode.ToLower().Contains(words) || l.Address.ToLower().Contains(words));
        }

        var locations = await query.OrderBy(l => l.Name).Select(l => new { l.Id, l.Name, l.Address, l.Town, l.Postcode, l.Status }).ToListAsync(cancellationToken);
        var owners = (await db.Services.AsNoTracking()
                .SelectMany(s => s.Locations, (s, l) => new { LocationId = l.Id, s.OrganisationId })
                .ToListAsync(cancellationToken))
            .ToLookup(link => link.LocationId, link => link.OrganisationId);
        var latest = (await history.LatestVersions(ContentKind.Location).Select(v => new { v.ContentId, v.State, v.Number }).ToListAsync(cancellationToken))
            .ToDictionary(v => v.ContentId);
        var creators = await db.ContentVersions.AsNoTracking()
            .Where(v => v.Kind == ContentKind.Location && v.Number == 1 && v.OrganisationId != null)
            .ToDictionaryAsync(v => v.ContentId, v => v.OrganisationId!.Value, cancellationToken);

        var rows = locations
            .Where(l => scope.SeesEverything || OwnedBy(owners[l.Id].ToList(), creators.GetValueOrDefault(l.Id), scope.OrganisationId))
            .Select(l => new LocationListRow(l.Id, l.Name, string.Join(", ", new[] { l.Address, l.Town, l.Postcode }.Where(p => p.Length > 0)), owners[l.Id].Distinct().Count(), l.Status, latest.GetValueOrDefault(l.Id)?.State, latest.GetValueOrDefault(l.Id)?.Number))
            .Where(r => !waitingOnly || r.LatestState == VersionState.InReview)
            .ToList();
        return (rows.Take(PageSize).ToList(), rows.Count);
    }

    private static bool OwnedBy(List<Guid> owners, Guid creator, Guid? organisationId) =>
        organisationId is { } own && (owners.Count > 0 ? owners.All(o => o == own) : creator == own);
}
