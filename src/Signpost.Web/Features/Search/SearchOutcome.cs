using Signpost.Search;

namespace Signpost.Web.Features.Search;

/// <summary>What a search found, with the place it searched around (if any).</summary>
public sealed record SearchOutcome(SearchParameters Parameters, PlaceLookup Place, SearchResponse Response)
{
    public bool HasErrors => !Parameters.IsValid || Place.Error is not null;

    /// <summary>Time spent finding the place (postcode, town, nearby localities), in milliseconds.</summary>
    public double PlaceMilliseconds { get; init; }

    /// <summary>Time the search engine took, in milliseconds.</summary>
    public double EngineMilliseconds { get; init; }
}
