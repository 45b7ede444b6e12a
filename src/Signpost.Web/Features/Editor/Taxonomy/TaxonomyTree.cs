using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Data;

namespace Signpost.Web.Features.Editor.Taxonomy;

/// <summary>Reads the terms of each kind as a tree in display order, with how many services use each.</summary>
public static class TaxonomyTree
{
    public static async Task<IReadOnlyList<TermRow>> LoadAsync(SignpostDbContext db, TaxonomyKind? kind, CancellationToken cancellationToken)
    {
        var query = db.TaxonomyTerms.AsNoTracking();
        if (kind is { } only)
        {
            query = query.Where(t => t.Kind == only);
        }

        // Every status counts: deleting a term would silently drop it from drafts and withdrawn listings too.
        var terms = await query
            .Select(t => new { t.Id, t.Kind, t.Slug, t.Name, t.Description, t.ParentId, t.SortOrder, Services = t.Services.Count })
            .ToListAsync(cancellationToken);
        var byParent = terms.ToLookup(t => t.ParentId);
        var parentIds = terms.Where(t => byParent[t.Id].Any()).Select(t => t.Id).ToList();
        var topicCounts = parentIds.Count == 0 ? [] : await db.TaxonomyTerms.AsNoTracking()
            .Where(t => parentIds.Contains(t.Id))
            .Select(t => new { t.Id, Count = db.Services.Count(s => s.Terms.Any(x => x.Id == t.Id || x.ParentId == t.Id)) })
            .ToDictionaryAsync(t => t.Id, t => t.Count, cancellationToken);
        var rows = new List<TermRow>(terms.Count);

        void Add(Guid? parentId, int depth)
        {
            foreach (var term in byParent[parentId].OrderBy(t => t.Kind).ThenBy(t => t.SortOrder).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase))
            {
                rows.Add(new TermRow(
                    term.Id, term.Kind, term.Slug, term.Name, term.Description, term.ParentId, depth, term.Services, byParent[term.Id].Count(),
                    topicCounts.GetValueOrDefault(term.Id, term.Services)));
                Add(term.Id, depth + 1);
            }
        }

        Add(null, 0);
        return rows;
    }
}
