using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Data;

namespace Signpost.Web.Features.Editor.Taxonomy;

/// <summary>Reads imported terms with their origin, how many services carry each (any status) and their mapping, in one query.</summary>
public static class ImportedTermQueries
{
    public static async Task<IReadOnlyList<ImportedTermRow>> LoadAsync(SignpostDbContext db, Guid? only, CancellationToken cancellationToken)
    {
        var terms = db.TaxonomyTerms.AsNoTracking().Where(t => t.Kind == TaxonomyKind.Imported);
        if (only is { } id)
        {
            terms = terms.Where(t => t.Id == id);
        }

        var rows = await (
            from term in terms
            join origin in db.ImportedTermOrigins on term.Id equals origin.TermId into origins
            from origin in origins.DefaultIfEmpty()
            join mapping in db.TermMappings on term.Id equals mapping.ImportedTermId into mappings
            from mapping in mappings.DefaultIfEmpty()
            join target in db.TaxonomyTerms on mapping.TermId equals target.Id into targets
            from target in targets.DefaultIfEmpty()
            select new
            {
                term.Id, term.Name, term.Slug, Source = origin.Source, Taxonomy = origin.Taxonomy, Services = term.Services.Count,
                MappedToId = (Guid?)target.Id, MappedToName = target.Name, MappedToKind = (TaxonomyKind?)target.Kind,
            }).ToListAsync(cancellationToken);
        return rows.Select(r => new ImportedTermRow(r.Id, r.Name, r.Slug, r.Source, r.Taxonomy, r.Services, r.MappedToId, r.MappedToName, r.MappedToKind)).ToList();
    }
}
