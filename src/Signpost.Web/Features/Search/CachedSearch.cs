namespace Signpost.Web.Features.Search;

/// <summary>A search API response as cached: the JSON, and how many results it found (for the search log).</summary>
public sealed record CachedSearch(int Total, string Json);
