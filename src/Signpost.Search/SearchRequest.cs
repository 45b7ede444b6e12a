namespace Signpost.Search;

public sealed record SearchRequest
{
    public string? Text { get; init; }

    public GeoPoint? Near { get; init; }

    /// <summary>Place names covering <see cref="Near"/> (e.g. "Widnes"), for services that cover named localities.</summary>
    public IReadOnlyList<string> NearLocalities { get; init; } = [];

    public double RadiusMiles { get; init; } = 5;

    /// <summary>
    /// Whether <see cref="Near"/> lies in the area this index serves. Services for the whole area
    /// cover the place only when it does: someone searching from a neighbouring town is not in it.
    /// </summary>
    public bool NearIsInArea { get; init; } = true;

    /// <summary>
    /// When nothing matches within <see cref="RadiusMiles"/>, return the nearest matches beyond it (nearest
    /// first) and set <see cref="SearchResponse.BeyondRadius"/>, rather than an empty page. Off by default:
    /// the caller must say so on the page ("None within 5 miles; showing the nearest").
    /// </summary>
    public bool NearestBeyondRadius { get; init; }

    /// <summary>Overlap with the service's minimum and maximum age; null is open.</summary>
    public int? AgeFrom { get; init; }

    public int? AgeTo { get; init; }

    /// <summary>Slugs; a parent slug matches its children.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<string> Needs { get; init; } = [];

    public IReadOnlyList<string> Audiences { get; init; } = [];

    public bool FreeOnly { get; init; }

    public IReadOnlyList<string> AccessRoutes { get; init; } = [];

    public IReadOnlyList<string> DeliveryModes { get; init; } = [];

    public IReadOnlyList<string> Languages { get; init; } = [];

    public IReadOnlyList<string> Accessibility { get; init; } = [];

    public IReadOnlyList<DayOfWeek> Days { get; init; } = [];

    public TimeOfDay? TimeOfDay { get; init; }

    /// <summary>UK local date-time: only services open then are returned ("open now").</summary>
    public DateTime? OpenAt { get; init; }

    /// <summary>UK local date-time used only to tag hits with <see cref="SearchHit.OpenNow"/>, without filtering.</summary>
    public DateTime? Now { get; init; }

    /// <summary>Treat the last word as a prefix (autocomplete).</summary>
    public bool Prefix { get; init; }

    /// <summary>False for "Search instead for ...": the words are searched as typed.</summary>
    public bool CorrectSpelling { get; init; } = true;

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;

    public bool IncludeFacets { get; init; } = true;

    /// <summary>Services whose valid-to date is before this never show.</summary>
    public DateOnly Today { get; init; }
}
