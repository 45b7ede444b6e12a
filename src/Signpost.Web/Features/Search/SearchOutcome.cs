using Signpost.Search;

namespace Signpost.Web.Features.Search;

/// <summary>What a search found, with the place it searched around (if any).</summary>
public sealed record SearchOutcome(SearchParameters Parameters, PlaceLookup Place, SearchResponse Response)
{
    public bool HasErrors => !Parameters.IsValid || Place.Error is not null;
}
