namespace Signpost.Search;

/// <summary>
/// One result. <see cref="Snippet"/> is already HTML-escaped with &lt;mark&gt; around matches, so the page
/// may render it raw; every other string is plain text.
/// </summary>
public sealed record SearchHit(
    Guid Id,
    string Slug,
    string Name,
    string Summary,
    string Snippet,
    string OrganisationName,
    int? MinimumAge,
    int? MaximumAge,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Needs,
    bool IsFree,
    double? DistanceMiles,
    string? Coverage,
    bool OpenNow);
