using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Signpost.Core.Content;
using Signpost.Data;
using Signpost.Search;
using Signpost.Web.Features.Listings;
using Signpost.Web.Features.Search;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.OpenReferral.Api;

/// <summary>
/// Reads what the feed publishes. Services come only through <see cref="ListingQueries.Visible"/> and venues
/// only as <see cref="PublicVenues"/> allows, so the feed shows exactly what the public site shows: nothing
/// unpublished, withdrawn, past its valid-to date, or run by a withdrawn organisation.
/// </summary>
public sealed class OrukReader(SignpostDbContext db, ListingQueries listings, SearchIndexHolder index, PlaceResolver places, IOptions<SignpostOptions> site)
{
    private const double MetresPerMile = 1609.344;

    /// <summary>The engine's largest page.</summary>
    private const int SearchPageSize = 100;

    private OrukTermCatalog? catalog;

    public async Task<OrukDocuments> DocumentsAsync(CancellationToken cancellationToken) =>
        new(await CatalogAsync(cancellationToken), site.Value.AreaName);

    public async Task<OrukTermCatalog> CatalogAsync(CancellationToken cancellationToken) =>
        catalog ??= await OrukTermCatalog.LoadAsync(db, cancellationToken);

    public async Task<OrukListSource> ServicesAsync(OrukQuery query, CancellationToken cancellationToken)
    {
        var documents = await DocumentsAsync(cancellationToken);
        var rows = await OrukServiceFilters.Apply(listings.Visible(), query, await CatalogAsync(cancellationToken), listings.Today)
            .OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.LastModified })
            .ToListAsync(cancellationToken);
        var matches = query.Search is { Length: > 0 } text ? SearchIds(text) : null;
        var ids = rows
            .Where(r => query.ModifiedAfter is not { } after || r.LastModified >= after)
            .Where(r => matches is null || matches.Contains(r.Id))
            .Select(r => r.Id)
            .ToList();
        return OrukListSource.Of(ids, async (slice, ct) =>
            (await LoadServicesAsync(slice, full: false, ct)).Select(documents.ServiceSummary).ToList());
    }

    public async Task<JsonObject?> ServiceAsync(Guid id, CancellationToken cancellationToken)
    {
        var service = (await LoadServicesAsync([id], full: true, cancellationToken)).SingleOrDefault();
        return service is null ? null : (await DocumentsAsync(cancellationToken)).Service(service);
    }

    /// <summary>
    /// One row per service and public venue. With a postcode the rows are ordered nearest first, and with
    /// proximity only those within that many metres of the postcode's centre are kept.
    /// </summary>
    public async Task<(OrukListSource? Source, string? PostcodeError)> ServiceAtLocationsAsync(OrukQuery query, CancellationToken cancellationToken)
    {
        PlaceLookup? place = null;
        if (query.Postcode is { } postcode)
        {
            place = await places.ResolveAsync(postcode, cancellationToken);
            if (!place.IsFound)
            {
                return (null, place.Error ?? "Enter a postcode or town");
            }
        }

        var documents = await DocumentsAsync(cancellationToken);
        var pairs = await OrukServiceFilters.Apply(listings.Visible(), query, await CatalogAsync(cancellationToken), listings.Today)
            .SelectMany(
                s => s.Locations.Where(l => l.Status != ContentStatus.Withdrawn),
                (s, l) => new { ServiceId = s.Id, ServiceName = s.Name, s.LastModified, LocationId = l.Id, LocationName = l.Name, l.Latitude, l.Longitude })
            .ToListAsync(cancellationToken);
        var matches = query.Search is { Length: > 0 } text ? SearchIds(text) : null;
        var rows = pairs
            .Where(p => query.ModifiedAfter is not { } after || p.LastModified >= after)
            .Where(p => matches is null || matches.Contains(p.ServiceId))
            .Select(p => (p.ServiceId, p.LocationId, p.ServiceName, p.LocationName, Metres: place is null ? 0 : Distance.Miles(place.Latitude, place.Longitude, p.Latitude, p.Longitude) * MetresPerMile))
            .Where(p => query.ProximityMetres is not { } limit || p.Metres <= limit)
            .OrderBy(p => p.Metres)
            .ThenBy(p => p.ServiceName, StringComparer.Ordinal)
            .ThenBy(p => p.LocationName, StringComparer.Ordinal)
            .ThenBy(p => p.ServiceId)
            .ToList();
        return (OrukListSource.Of(rows, async (slice, ct) =>
        {
            var services = (await LoadServicesAsync(slice.Select(r => r.ServiceId).Distinct().ToList(), full: false, ct)).ToDictionary(s => s.Id);
            var locationIds = slice.Select(r => r.LocationId).Distinct().ToList();
            var locations = await db.Locations.AsNoTracking().Where(l => locationIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
            return slice.Select(r => documents.ServiceAtLocation(services[r.ServiceId], locations[r.LocationId], full: false)).ToList();
        }), null);
    }

    public async Task<JsonObject?> ServiceAtLocationAsync(Guid id, CancellationToken cancellationToken)
    {
        // The id is derived from the service and venue ids, so it is found by deriving every public pair's id.
        var pairs = await listings.Visible()
            .SelectMany(s => s.Locations.Where(l => l.Status != ContentStatus.Withdrawn), (s, l) => new { ServiceId = s.Id, LocationId = l.Id })
            .ToListAsync(cancellationToken);
        var pair = pairs.FirstOrDefault(p => OrukIds.ServiceAtLocation(p.ServiceId, p.LocationId) == id);
        if (pair is null)
        {
            return null;
        }

        var service = (await LoadServicesAsync([pair.ServiceId], full: true, cancellationToken)).SingleOrDefault();
        var location = service?.Locations.FirstOrDefault(l => l.Id == pair.LocationId);
        return service is null || location is null ? null : (await DocumentsAsync(cancellationToken)).ServiceAtLocation(service, location, full: true);
    }

    public async Task<OrukListSource> OrganizationsAsync(OrukQuery query, CancellationToken cancellationToken)
    {
        var documents = await DocumentsAsync(cancellationToken);
        var organisations = await PublicOrganisations().OrderBy(o => o.Name).ThenBy(o => o.Id).ToListAsync(cancellationToken);
        var words = query.Search?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var matched = organisations
            .Where(o => query.ModifiedAfter is not { } after || o.LastModified >= after)
            .Where(o => words.All(w => o.Name.Contains(w, StringComparison.OrdinalIgnoreCase) || o.Description.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return OrukListSource.Of(matched, (slice, _) => Task.FromResult<IReadOnlyList<JsonObject>>(slice.Select(documents.Organization).ToList()));
    }

    public async Task<JsonObject?> OrganizationAsync(Guid id, CancellationToken cancellationToken)
    {
        var organisation = await PublicOrganisations().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return null;
        }

        var documents = await DocumentsAsync(cancellationToken);
        var services = await listings.Visible().Where(s => s.OrganisationId == id).OrderBy(s => s.Name).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        return documents.Organization(organisation).PutArray("services", services.Select(documents.ServiceSummary));
    }

    private IQueryable<Organisation> PublicOrganisations() =>
        db.Organisations.AsNoTracking().Where(o => o.Status != ContentStatus.Withdrawn);

    private async Task<List<Service>> LoadServicesAsync(IReadOnlyList<Guid> ids, bool full, CancellationToken cancellationToken)
    {
        var query = listings.Visible().Where(s => ids.Contains(s.Id)).Include(s => s.Organisation);
        var loaded = full
            ? await query.Include(s => s.Terms).IncludePublicVenues().Include(s => s.Schedules).AsSplitQuery().ToListAsync(cancellationToken)
            : await query.ToListAsync(cancellationToken);
        var byId = loaded.ToDictionary(s => s.Id);
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    /// <summary>
    /// Services the search engine finds for the words (synonyms, stems, spelling as the site's search). Only
    /// services matching every word count: the engine's fallback to any word suits a person, not a filter.
    /// </summary>
    private HashSet<Guid> SearchIds(string text)
    {
        var found = new HashSet<Guid>();
        for (var page = 1; ; page++)
        {
            var response = index.Current.Search(new SearchRequest
            {
                Text = text,
                Page = page,
                PageSize = SearchPageSize,
                IncludeFacets = false,
                CorrectSpelling = false,
                Today = listings.Today,
            });
            if (response.MatchedAnyWord)
            {
                return [];
            }

            found.UnionWith(response.Hits.Select(h => h.Id));
            if (response.Hits.Count == 0 || found.Count >= response.Total)
            {
                return found;
            }
        }
    }
}
