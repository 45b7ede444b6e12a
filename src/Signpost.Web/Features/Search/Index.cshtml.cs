using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Signpost.Data;
using Signpost.Search;
using Signpost.Web.Features.Listings;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Search;

public sealed class IndexModel(SearchRunner runner, SignpostDbContext db, IOptions<SignpostOptions> options) : PageModel
{
    public SearchOutcome Outcome { get; private set; } = null!;

    public SearchParameters Parameters => Outcome.Parameters;

    public SearchResponse Found => Outcome.Response;

    public bool YoungPeopleView => Parameters.AudienceFilter is ["young-people"];

    public IReadOnlyList<MapMarker> Markers { get; private set; } = [];

    public string? MapTileUrl => options.Value.MapTileUrl;

    public string? MapAttribution => options.Value.MapAttribution;

    public int TotalPages => Found.Total == 0 ? 0 : (int)Math.Ceiling(Found.Total / (double)Parameters.PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var parameters = SearchParameters.Parse(Request.Query);
        Outcome = parameters.HasCriteria || !parameters.IsValid
            ? await runner.RunAsync(parameters, "site", cancellationToken)
            : new SearchOutcome(parameters, PlaceLookup.None, SearchResponse.Empty);
        var ids = Found.Hits.Select(h => h.Id).ToList();
        if (ids.Count > 0 && !string.IsNullOrEmpty(MapTileUrl))
        {
            var services = await db.Services.AsNoTracking().Where(s => ids.Contains(s.Id)).IncludePublicVenues().ToListAsync(cancellationToken);
            var place = Outcome.Place;

            // Only the venues the list is about: a service's far-away other venues would only confuse the map.
            Markers = services
                .SelectMany(s => s.Locations.Select(l => new MapMarker(s.Slug, s.Name, l.Name, l.Latitude, l.Longitude)))
                .Where(m => !place.IsFound || Distance.Miles(place.Latitude, place.Longitude, m.Latitude, m.Longitude) <= Parameters.RadiusMiles)
                .ToList();
        }
    }

    /// <summary>This page's address with some parameters changed, for sort, pagination and "search instead" links.</summary>
    public string UrlWith(params (string Name, string? Value)[] changes)
    {
        var query = Request.Query
            .Where(kv => changes.All(c => c.Name != kv.Key))
            .SelectMany(kv => kv.Value.Select(v => (kv.Key, Value: v ?? "")))
            .Concat(changes.Where(c => !string.IsNullOrEmpty(c.Value)).Select(c => (Key: c.Name, Value: c.Value!)))
            .Where(p => p.Value.Length > 0);
        var text = string.Join("&", query.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        return "/search" + (text.Length > 0 ? "?" + text : "");
    }

    public bool Selected(string name, string value) =>
        Request.Query.TryGetValue(name, out var values) && values.SelectMany(v => (v ?? "").Split(',')).Contains(value);

    public IReadOnlyList<FacetCount> Facet(string name)
    {
        var counts = Found.Facets.TryGetValue(name, out var values) ? values.ToList() : [];
        foreach (var value in Request.Query.TryGetValue(name, out var chosen) ? chosen.SelectMany(v => (v ?? "").Split(',')) : [])
        {
            if (value.Length > 0 && counts.All(c => c.Value != value))
            {
                counts.Add(new FacetCount(value, value, 0));
            }
        }

        return counts;
    }
}
