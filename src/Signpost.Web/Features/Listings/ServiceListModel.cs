namespace Signpost.Web.Features.Listings;

/// <summary>A list of services with the query string each link carries (the audience view, my list).</summary>
public sealed record ServiceListModel(IReadOnlyList<ServiceSummary> Services, string EmptyMessage, string LinkQuery = "");
