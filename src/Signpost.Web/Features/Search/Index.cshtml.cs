using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Web.Features.Listings;

namespace Signpost.Web.Features.Search;

public sealed class IndexModel(ListingQueries listings, PlaceResolver places) : PageModel
{
    public const int MaximumQueryLength = 200;
    public const double DefaultRadiusMiles = 5;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "where")]
    public string? Where { get; set; }

    [BindProperty(SupportsGet = true, Name = "audience")]
    public string? AudienceSlug { get; set; }

    public Audience? Audience => AudienceText.Parse(AudienceSlug);

    public PlaceLookup Place { get; private set; } = PlaceLookup.None;

    public string? QueryError { get; private set; }

    public bool PartialMatches { get; private set; }

    public bool HasSearched => !string.IsNullOrWhiteSpace(Query) || Place.IsFound;

    public IReadOnlyList<SearchResult> Results { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Query?.Length > MaximumQueryLength)
        {
            QueryError = $"Enter {MaximumQueryLength} characters or fewer";
            return;
        }

        Place = await places.ResolveAsync(Where, cancellationToken);
        if (Place.Error is not null)
        {
            return;
        }

        var words = KeywordMatcher.Words(Query);
        if (words.Count == 0 && !Place.IsFound)
        {
            return;
        }

        var query = listings.Visible();
        if (Audience is { } audience)
        {
            query = query.Where(s => s.Audiences.Contains(audience));
        }

        var services = await query.Include(s => s.Organisation).Include(s => s.Terms).Include(s => s.Locations).AsSplitQuery().ToListAsync(cancellationToken);
        var scored = services.Select(s => (Service: s, Match: KeywordMatcher.Score(s, words))).ToList();
        var matches = scored.Where(x => x.Match.Matched == words.Count).ToList();
        if (matches.Count == 0 && words.Count > 1)
        {
            PartialMatches = true;
            matches = scored.Where(x => x.Match.Matched > 0).ToList();
        }

        Results = matches
            .Select(x => (x.Match.Score, Result: Locate(x.Service)))
            .Where(x => x.Result is not null)
            .OrderByDescending(x => words.Count == 0 ? 0 : x.Score)
            .ThenBy(x => x.Result!.Miles ?? double.MaxValue)
            .ThenBy(x => x.Result!.Service.Name, StringComparer.Ordinal)
            .Take(50)
            .Select(x => x.Result!)
            .ToList();
    }

    private SearchResult? Locate(Service service)
    {
        var summary = ServiceSummary.From(service);
        if (!Place.IsFound)
        {
            return new SearchResult(summary, null, null);
        }

        double? miles = service.Locations.Count == 0
            ? null
            : service.Locations.Min(l => Distance.Miles(Place.Latitude, Place.Longitude, l.Latitude, l.Longitude));
        return service.AreaType switch
        {
            ServiceAreaType.National => new SearchResult(summary, null, service.DeliveryModes.Contains(DeliveryMode.InPerson) ? "Available across the UK" : "Online or by phone, anywhere"),
            ServiceAreaType.WholeArea => new SearchResult(summary, miles, "Covers your area"),
            ServiceAreaType.Localities => new SearchResult(summary, miles, "Covers " + string.Join(", ", service.Localities)),
            _ when miles <= DefaultRadiusMiles => new SearchResult(summary, miles, null),
            _ => null,
        };
    }
}
