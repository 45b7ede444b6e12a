namespace Signpost.Search;

/// <summary>What the engine indexes: one published service, flattened. Built by the web app from the store.</summary>
public sealed record SearchDocument(
    Guid Id,
    string Slug,
    string Name,
    string Summary,
    string Description,
    string OrganisationName,
    int? MinimumAge,
    int? MaximumAge,
    bool IsFree,
    IReadOnlyList<SearchTerm> Categories,
    IReadOnlyList<SearchTerm> Needs,
    IReadOnlyList<string> Audiences,
    IReadOnlyList<string> AccessRoutes,
    IReadOnlyList<string> DeliveryModes,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> AccessibilityFeatures,
    IReadOnlyList<SearchLocation> Locations,
    string AreaType,
    IReadOnlyList<string> Localities,
    IReadOnlyList<SearchSession> Sessions,
    IReadOnlyList<DateOnly> Closures,
    DateOnly? ValidTo);
