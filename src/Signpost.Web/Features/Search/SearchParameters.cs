using System.Globalization;
using Signpost.Core.Rules;
using Signpost.Search;

namespace Signpost.Web.Features.Search;

/// <summary>
/// The search page's and /api/search's query string, read and checked in one place. Each
/// problem names its parameter, so the page can show it by the field and the API in ProblemDetails.
/// </summary>
public sealed class SearchParameters
{
    public const int MaximumTextLength = 200;
    public const int MaximumPage = 500;
    public static readonly int[] RadiusOptions = [1, 2, 5, 10, 15, 25];

    private static readonly Dictionary<string, string> FilterNames = new(StringComparer.Ordinal)
    {
        ["category"] = "a topic", ["need"] = "a kind of support", ["audience"] = "who it is for", ["access"] = "how to get it",
        ["delivery"] = "how it is delivered", ["accessibility"] = "an accessibility feature",
    };

    private static readonly string[] Audiences = ["young-people", "parents-carers", "professionals"];
    private static readonly string[] AccessRoutes = ["drop-in", "self-referral", "professional-referral", "early-help", "appointment"];
    private static readonly string[] DeliveryModes = ["in-person", "online", "phone"];
    private static readonly Dictionary<string, DayOfWeek> DayNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mon"] = DayOfWeek.Monday, ["tue"] = DayOfWeek.Tuesday, ["wed"] = DayOfWeek.Wednesday, ["thu"] = DayOfWeek.Thursday,
        ["fri"] = DayOfWeek.Friday, ["sat"] = DayOfWeek.Saturday, ["sun"] = DayOfWeek.Sunday,
    };

    public string? Text { get; private init; }
    public string? Place { get; private init; }
    public GeoPoint? Point { get; private init; }
    public double RadiusMiles { get; private init; } = 5;
    public int? Age { get; private init; }
    public int? MinimumAge { get; private init; }
    public int? MaximumAge { get; private init; }
    public string? AgeBand { get; private init; }
    public IReadOnlyList<string> Categories { get; private init; } = [];
    public IReadOnlyList<string> Needs { get; private init; } = [];
    public IReadOnlyList<string> AudienceFilter { get; private init; } = [];
    public bool FreeOnly { get; private init; }
    public IReadOnlyList<string> Access { get; private init; } = [];
    public IReadOnlyList<string> Delivery { get; private init; } = [];
    public IReadOnlyList<string> Languages { get; private init; } = [];
    public IReadOnlyList<string> Accessibility { get; private init; } = [];
    public IReadOnlyList<DayOfWeek> Days { get; private init; } = [];
    public IReadOnlyList<string> DayValues { get; private init; } = [];
    public TimeOfDay? Time { get; private init; }
    public bool OpenNow { get; private init; }
    public SearchSort Sort { get; private init; } = SearchSort.Relevance;
    public int Page { get; private init; } = 1;
    public int PageSize { get; private init; } = 20;
    public bool AsTyped { get; private init; }

    /// <summary>Parameter name to a message a person can act on.</summary>
    public Dictionary<string, string> Errors { get; }

    public bool IsValid => Errors.Count == 0;

    public bool HasCriteria => !string.IsNullOrWhiteSpace(Text) || Place is not null || Point is not null || Categories.Count > 0 || Needs.Count > 0;

    public int? AgeFrom => Age ?? MinimumAge ?? Listings.AgeBand.Find(AgeBand)?.From;

    public int? AgeTo => Age ?? MaximumAge ?? Listings.AgeBand.Find(AgeBand)?.To;

    public static SearchParameters Parse(IQueryCollection query)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = Single(query, "q")?.Trim();
        if (text?.Length > MaximumTextLength)
        {
            errors["q"] = $"Enter {MaximumTextLength} characters or fewer";
        }

        var place = (Single(query, "where") ?? Single(query, "postcode"))?.Trim();
        GeoPoint? point = null;
        var latText = Single(query, "lat");
        var lngText = Single(query, "lng");
        if (latText is not null || lngText is not null)
        {
            if (double.TryParse(latText, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) && lat is >= -90 and <= 90
                && double.TryParse(lngText, NumberStyles.Float, CultureInfo.InvariantCulture, out var lng) && lng is >= -180 and <= 180)
            {
                point = new GeoPoint(lat, lng);
            }
            else
            {
                errors[latText is null ? "lat" : "lng"] = "Give lat and lng together, as decimal degrees";
            }
        }

        var sortText = Single(query, "sort");
        var placeWithoutWords = string.IsNullOrWhiteSpace(text) && (!string.IsNullOrWhiteSpace(Single(query, "where") ?? Single(query, "postcode")) || latText is not null);
        var sort = sortText switch
        {
            // With a place and no words there is no relevance to rank by: nearest first is what a person expects.
            null or "" when placeWithoutWords => SearchSort.Distance,
            null or "" or "relevance" => SearchSort.Relevance,
            "distance" => SearchSort.Distance,
            _ => Invalid(errors, "sort", "Sort by relevance or distance", SearchSort.Relevance),
        };

        var timeText = Single(query, "time");
        TimeOfDay? time = timeText switch
        {
            null or "" => null,
            "morning" => TimeOfDay.Morning,
            "afternoon" => TimeOfDay.Afternoon,
            "evening" => TimeOfDay.Evening,
            _ => Invalid<TimeOfDay?>(errors, "time", "Choose morning, afternoon or evening", null),
        };

        var dayValues = Many(query, "day");
        var days = new List<DayOfWeek>();
        foreach (var day in dayValues)
        {
            if (DayNames.TryGetValue(day, out var value))
            {
                days.Add(value);
            }
            else
            {
                errors["day"] = "Days are mon, tue, wed, thu, fri, sat or sun";
            }
        }

        var cost = Single(query, "cost");
        if (cost is not (null or "" or "free" or "any"))
        {
            errors["cost"] = "Cost is free or any";
        }

        return new SearchParameters(errors)
        {
            Text = string.IsNullOrEmpty(text) ? null : text,
            Place = string.IsNullOrEmpty(place) ? null : place,
            Point = point,
            RadiusMiles = Number(query, "radius", 1, 25, errors, "Choose a distance from 1 to 25 miles") ?? 5,
            Age = Number(query, "age", 0, 120, errors, "Enter an age as a whole number, like 7"),
            MinimumAge = Number(query, "min_age", 0, 120, errors, "Enter a minimum age as a whole number"),
            MaximumAge = Number(query, "max_age", 0, 120, errors, "Enter a maximum age as a whole number"),
            AgeBand = Listings.AgeBand.Find(Single(query, "band"))?.Value,
            Categories = Slugs(query, "category", errors),
            Needs = Slugs(query, "need", errors),
            AudienceFilter = OneOf(query, "audience", Audiences, errors),
            FreeOnly = cost == "free",
            Access = OneOf(query, "access", AccessRoutes, errors),
            Delivery = OneOf(query, "delivery", DeliveryModes, errors),
            Languages = Many(query, "language").Where(l => l.Length <= 40).ToList(),
            Accessibility = Slugs(query, "accessibility", errors),
            Days = days,
            DayValues = dayValues,
            Time = time,
            OpenNow = Single(query, "open_now") is "true" or "on" or "1",
            Sort = sort,
            Page = Number(query, "page", 1, MaximumPage, errors, $"Page must be a whole number from 1 to {MaximumPage}") ?? 1,
            PageSize = Number(query, "page_size", 1, 50, errors, "page_size must be from 1 to 50") ?? 20,
            // "Search instead for ..." names the words it applies to, so a new search is corrected again.
            AsTyped = text is { Length: > 0 } && Single(query, "as_typed") == text,
        };
    }

    // The same dictionary, not a copy: the object initializer in Parse adds to it after this runs.
    private SearchParameters(Dictionary<string, string> errors) => Errors = errors;

    private static T Invalid<T>(Dictionary<string, string> errors, string name, string message, T fallback)
    {
        errors[name] = message;
        return fallback;
    }

    private static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) ? values.LastOrDefault() : null;

    private static List<string> Many(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values)
            ? values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().Take(30).ToList()
            : [];

    private static List<string> Slugs(IQueryCollection query, string name, Dictionary<string, string> errors)
    {
        var values = Many(query, name);
        if (values.Any(v => !Slug.IsValid(v) || v.Length > 120))
        {
            errors[name] = $"Choose {FilterNames.GetValueOrDefault(name, name)} from the list";
        }

        return values.Where(Slug.IsValid).ToList();
    }

    private static List<string> OneOf(IQueryCollection query, string name, string[] allowed, Dictionary<string, string> errors)
    {
        var values = Many(query, name);
        if (values.Any(v => !allowed.Contains(v)))
        {
            errors[name] = $"Choose {FilterNames.GetValueOrDefault(name, name)} from the list: {string.Join(", ", allowed)}";
        }

        return values.Where(allowed.Contains).ToList();
    }

    private static int? Number(IQueryCollection query, string name, int min, int max, Dictionary<string, string> errors, string message)
    {
        var text = Single(query, name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[name] = message;
        return null;
    }
}
