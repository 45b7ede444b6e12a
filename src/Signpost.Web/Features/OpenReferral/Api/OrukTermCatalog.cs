using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Data;

namespace Signpost.Web.Features.OpenReferral.Api;

/// <summary>Every published term, from the store and the enums, read once per request.</summary>
public sealed class OrukTermCatalog
{
    private readonly Dictionary<Guid, OrukTerm> byId;

    private OrukTermCatalog(List<OrukTerm> terms)
    {
        byId = terms.ToDictionary(t => t.Id);
        All = terms
            .OrderBy(t => IndexOf(t.Taxonomy))
            .ThenBy(t => t.ParentId is { } parent && byId.TryGetValue(parent, out var p) ? p.SortOrder : t.SortOrder)
            .ThenBy(t => t.ParentId is null ? 0 : 1)
            .ThenBy(t => t.SortOrder)
            .ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Taxonomy by taxonomy; within one, each parent followed by its children.</summary>
    public IReadOnlyList<OrukTerm> All { get; }

    public static async Task<OrukTermCatalog> LoadAsync(SignpostDbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.TaxonomyTerms.AsNoTracking().ToListAsync(cancellationToken);
        // Imported terms wait for a directory manager to map them and are never shown publicly.
        return new OrukTermCatalog([.. stored.Where(t => t.Kind != TaxonomyKind.Imported).Select(OrukTaxonomies.FromStore), .. OrukTaxonomies.EnumTerms()]);
    }

    public OrukTerm? Find(Guid id) => byId.GetValueOrDefault(id);

    /// <summary>The term and its children: a service filed under a child is also under the parent, as on the site.</summary>
    public IReadOnlyList<Guid> WithChildren(Guid id) => [id, .. All.Where(t => t.ParentId == id).Select(t => t.Id)];

    /// <summary>What a service is filed under, in catalogue order.</summary>
    public IReadOnlyList<OrukTerm> ForService(Service service)
    {
        var ids = service.Terms.Select(t => t.Id).ToHashSet();
        var terms = All.Where(t => ids.Contains(t.Id)).ToList();
        terms.AddRange(service.Audiences.Distinct().Order().Select(OrukTaxonomies.Audience));
        terms.AddRange(service.AccessRoutes.Distinct().Order().Select(OrukTaxonomies.AccessRoute));
        terms.AddRange(service.DeliveryModes.Distinct().Order().Select(OrukTaxonomies.DeliveryMode));
        return terms;
    }

    private static int IndexOf(OrukTaxonomy taxonomy)
    {
        for (var i = 0; i < OrukTaxonomies.All.Count; i++)
        {
            if (OrukTaxonomies.All[i].Id == taxonomy.Id)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
