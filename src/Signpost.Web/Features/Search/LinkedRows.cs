using Signpost.Core.Content;
using Signpost.Search;

namespace Signpost.Web.Features.Search;

/// <summary>What a service row links to, keyed for joining in memory; read-only once built.</summary>
internal sealed class LinkedRows(
    Dictionary<Guid, string> organisations,
    Dictionary<Guid, StoredTerm> terms,
    Dictionary<Guid, StoredVenue> venues,
    ILookup<Guid, Guid> termLinks,
    ILookup<Guid, Guid> venueLinks,
    ILookup<Guid, SearchSession> sessions,
    ILookup<Guid, DateOnly> closures)
{
    public SearchDocument Document(PublishedServiceRow s)
    {
        var serviceTerms = termLinks[s.Id].Select(id => terms[id]).ToList();
        var categories = new List<SearchTerm>();
        foreach (var term in serviceTerms.Where(t => t.Kind == TaxonomyKind.Category))
        {
            var parent = term.ParentId is { } parentId ? terms[parentId] : null;
            categories.Add(new SearchTerm(term.Slug, term.Name, parent?.Slug));
            if (parent is not null && categories.All(c => c.Slug != parent.Slug))
            {
                categories.Add(new SearchTerm(parent.Slug, parent.Name, null));
            }
        }

        // Withdrawn venues are not read, so a link to one finds nothing and the service is placed without it.
        var serviceVenues = venueLinks[s.Id].Where(venues.ContainsKey).Select(id => venues[id]).ToList();
        return new SearchDocument(
            s.Id, s.Slug, s.Name, s.Summary, s.Description, organisations[s.OrganisationId],
            s.MinimumAge, s.MaximumAge, s.IsFree, categories,
            serviceTerms.Where(t => t.Kind == TaxonomyKind.Need).Select(n => new SearchTerm(n.Slug, n.Name, null)).ToList(),
            s.Audiences,
            s.AccessRoutes,
            s.DeliveryModes,
            s.Languages,
            serviceVenues.SelectMany(v => v.Accessibility).Distinct().ToList(),
            serviceVenues.Select(v => v.Location).ToList(),
            s.AreaType,
            s.Localities,
            sessions[s.Id].ToList(),
            closures[s.Id].ToList(),
            s.ValidTo);
    }
}
