using System.Diagnostics;
using Signpost.Core.Rules;
using Signpost.Core.SearchLog;
using Signpost.Search;

namespace Signpost.Web.Features.Search;

/// <summary>The one path from a query string to results, shared by /search and /api/search.</summary>
public sealed class SearchRunner(SearchIndexHolder indexes, PlaceResolver places, SearchLogWriter log, TimeProvider clock)
{
    /// <summary>Places whose centre is this close to the searched point count as "your area" for locality coverage.</summary>
    public const double LocalityRadiusMiles = 2.5;

    public async Task<SearchOutcome> RunAsync(SearchParameters parameters, string source, CancellationToken cancellationToken)
    {
        // A typed place wins over an earlier "use my location" still carried in the address.
        var started = Stopwatch.GetTimestamp();
        var place = PlaceLookup.None;
        if (parameters.Place is not null)
        {
            place = await places.ResolveAsync(parameters.Place, cancellationToken);
        }
        else if (parameters.Point is { } point)
        {
            place = PlaceLookup.Found("your location", point.Latitude, point.Longitude);
        }

        if (!parameters.IsValid || place.Error is not null)
        {
            return new SearchOutcome(parameters, place, SearchResponse.Empty);
        }

        var near = place.IsFound ? new GeoPoint(place.Latitude, place.Longitude) : null;
        var nearLocalities = near is null ? [] : await places.NamesNearAsync(near.Latitude, near.Longitude, LocalityRadiusMiles, cancellationToken);
        var placeMilliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var now = UkTime.Now(clock);
        var request = new SearchRequest
        {
            Text = parameters.Text,
            Near = near,
            NearLocalities = nearLocalities,

            // The gazetteer holds the area's towns and villages: a point near none of them is outside the area.
            NearIsInArea = nearLocalities.Count > 0,
            RadiusMiles = parameters.RadiusMiles,
            NearestBeyondRadius = true,
            AgeFrom = parameters.AgeFrom,
            AgeTo = parameters.AgeTo,
            Categories = parameters.Categories,
            Needs = parameters.Needs,
            Audiences = parameters.AudienceFilter,
            FreeOnly = parameters.FreeOnly,
            AccessRoutes = parameters.Access,
            DeliveryModes = parameters.Delivery,
            Languages = parameters.Languages,
            Accessibility = parameters.Accessibility,
            Days = parameters.Days,
            TimeOfDay = parameters.Time,
            OpenAt = parameters.OpenNow ? now : null,
            Now = now,
            CorrectSpelling = !parameters.AsTyped,
            Sort = parameters.Sort == SearchSort.Distance && near is null ? SearchSort.Relevance : parameters.Sort,
            Page = parameters.Page,
            PageSize = parameters.PageSize,
            Today = DateOnly.FromDateTime(now),
        };
        var searching = Stopwatch.GetTimestamp();
        var response = indexes.Current.Search(request);
        var engineMilliseconds = Stopwatch.GetElapsedTime(searching).TotalMilliseconds;
        Record(parameters, response.Total, source);
        return new SearchOutcome(parameters, place, response) { PlaceMilliseconds = placeMilliseconds, EngineMilliseconds = engineMilliseconds };
    }

    /// <summary>Logs a search; answers served from the cache are logged here, as the search ran no engine.</summary>
    public void Record(SearchParameters parameters, int resultCount, string source) =>
        log.Record(new SearchLogEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Text = Storable(parameters.Text, 200),
            PlaceDistrict = DistrictOf(parameters.Place),
            Filters = Describe(parameters),
            ResultCount = resultCount,
            Source = source,
        });

    // Only the postcode district is kept: a full postcode can point to a handful of homes.
    private static string? DistrictOf(string? place) =>
        place is null ? null
        : Postcodes.Normalise(place) is { } full ? Postcodes.District(full) : Postcodes.NormaliseDistrict(place);

    private static string Describe(SearchParameters p)
    {
        var parts = new List<string>();
        void Add(string name, IReadOnlyList<string> values)
        {
            if (values.Count > 0)
            {
                parts.Add($"{name}={string.Join(',', values)}");
            }
        }

        Add("category", p.Categories);
        Add("need", p.Needs);
        Add("audience", p.AudienceFilter);
        Add("access", p.Access);
        Add("delivery", p.Delivery);
        Add("language", p.Languages);
        Add("accessibility", p.Accessibility);
        Add("day", p.DayValues);
        if (p.AgeFrom is not null || p.AgeTo is not null)
        {
            parts.Add($"age={p.AgeFrom}-{p.AgeTo}");
        }

        if (p.FreeOnly)
        {
            parts.Add("cost=free");
        }

        if (p.OpenNow)
        {
            parts.Add("open_now");
        }

        return Storable(string.Join(';', parts), 1000);
    }

    // PostgreSQL refuses NUL characters and half a surrogate pair (SQLite keeps both), and one refused row
    // would lose the whole batch of log entries it was written with.
    private static string Storable(string? text, int maxLength)
    {
        var value = (text ?? "").Replace("\0", "", StringComparison.Ordinal);
        if (value.Length > maxLength)
        {
            value = value[..(char.IsHighSurrogate(value[maxLength - 1]) ? maxLength - 1 : maxLength)];
        }

        return value;
    }
}
