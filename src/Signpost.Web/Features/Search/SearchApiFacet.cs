using System.Text.Json.Serialization;

namespace Signpost.Web.Features.Search;

/// <summary>One facet value with the number of results selecting it would give.</summary>
public sealed record SearchApiFacet(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("count")] int Count);
