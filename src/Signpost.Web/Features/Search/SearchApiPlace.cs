using System.Text.Json.Serialization;

namespace Signpost.Web.Features.Search;

/// <summary>The place /api/search measured from, as found.</summary>
public sealed record SearchApiPlace(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("lat")] double Lat,
    [property: JsonPropertyName("lng")] double Lng);
