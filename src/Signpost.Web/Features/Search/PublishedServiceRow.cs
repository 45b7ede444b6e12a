namespace Signpost.Web.Features.Search;

/// <summary>The columns of a published service the search document needs: list columns already mapped to index words, the description as plain text.</summary>
internal sealed record PublishedServiceRow(
    Guid Id,
    string Slug,
    string Name,
    string Summary,
    string Description,
    Guid OrganisationId,
    int? MinimumAge,
    int? MaximumAge,
    bool IsFree,
    string[] Audiences,
    string[] AccessRoutes,
    string[] DeliveryModes,
    string[] Languages,
    string AreaType,
    string[] Localities,
    DateOnly? ValidTo);
