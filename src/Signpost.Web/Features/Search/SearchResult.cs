using Signpost.Web.Features.Listings;

namespace Signpost.Web.Features.Search;

/// <summary>A found service, with its distance from the searched place or why it covers that place.</summary>
public sealed record SearchResult(ServiceSummary Service, double? Miles, string? Coverage);
