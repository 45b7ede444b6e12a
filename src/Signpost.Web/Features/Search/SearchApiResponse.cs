using System.Text.Json.Serialization;

namespace Signpost.Web.Features.Search;

/// <summary>The body of /api/search. The property order is the order the JSON has always had: clients and tests read it.</summary>
public sealed record SearchApiResponse(
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("page")] int Page,
    [property: JsonPropertyName("page_size")] int PageSize,
    [property: JsonPropertyName("corrected_query")] string? CorrectedQuery,
    [property: JsonPropertyName("searched_query")] string? SearchedQuery,
    [property: JsonPropertyName("matched_any_word")] bool MatchedAnyWord,
    [property: JsonPropertyName("beyond_radius")] bool BeyondRadius,
    [property: JsonPropertyName("place")] SearchApiPlace? Place,
    [property: JsonPropertyName("results")] IReadOnlyList<SearchApiResult> Results,
    [property: JsonPropertyName("facets")] IReadOnlyDictionary<string, IReadOnlyList<SearchApiFacet>> Facets);
