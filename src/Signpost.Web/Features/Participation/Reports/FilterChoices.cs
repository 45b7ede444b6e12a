namespace Signpost.Web.Features.Participation.Reports;

/// <summary>What the filter's lists offer; slugs in the query string are resolved against these.</summary>
public sealed record FilterChoices(
    IReadOnlyList<FilterChoice> Services,
    IReadOnlyList<FilterChoice> Categories,
    IReadOnlyList<FilterChoice> Organisations,
    IReadOnlyList<string> Districts,
    IReadOnlyList<Locality> Localities,
    IReadOnlyList<FilterChoice> Themes);
