using System.Text.Json;
using System.Text.Json.Serialization;

namespace Signpost.Web.Features.Search;

/// <summary>
/// Serialisers written at compile time for the search API: reflection over anonymous types cost a
/// noticeable share of each request at benchmark rates. Web defaults, as Results.Json used before.
/// Also the postcode lookups kept in the shared cache.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SearchApiResponse))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(PlaceLookup))]
public sealed partial class SearchApiJsonContext : JsonSerializerContext;
