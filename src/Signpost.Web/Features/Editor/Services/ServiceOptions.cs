using Signpost.Core.Content;

namespace Signpost.Web.Features.Editor.Services;

/// <summary>The choices the service form offers: organisations the user may assign, terms, and venues.</summary>
public sealed record ServiceOptions(
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<TaxonomyTerm> Categories,
    IReadOnlyList<TaxonomyTerm> Needs,
    IReadOnlyList<TaxonomyTerm> Outcomes,
    IReadOnlyList<Location> Locations);
