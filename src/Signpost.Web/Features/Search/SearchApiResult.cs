using System.Text.Json.Serialization;

namespace Signpost.Web.Features.Search;

/// <summary>One service in /api/search's results.</summary>
public sealed record SearchApiResult(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("snippet")] string Snippet,
    [property: JsonPropertyName("organisation")] string Organisation,
    [property: JsonPropertyName("min_age")] int? MinAge,
    [property: JsonPropertyName("max_age")] int? MaxAge,
    [property: JsonPropertyName("categories")] IReadOnlyList<string> Categories,
    [property: JsonPropertyName("needs")] IReadOnlyList<string> Needs,
    [property: JsonPropertyName("distance_miles")] double? DistanceMiles,
    [property: JsonPropertyName("covers_area")] string? CoversArea,
    [property: JsonPropertyName("free")] bool Free,
    [property: JsonPropertyName("open_now")] bool OpenNow,
    [property: JsonPropertyName("url")] string Url);
