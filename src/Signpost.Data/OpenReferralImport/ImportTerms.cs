using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Core.Rules;

namespace Signpost.Data.OpenReferralImport;

/// <summary>
/// Finds our term for a feed's tag by name or slug, case-folded (our own categories, needs and
/// outcomes first), or adds it as an imported term for a directory manager to map later. Loaded once a batch.
/// </summary>
internal sealed class ImportTerms(SignpostDbContext db, ImportOptions options, ImportSlugs slugs, ImportBatchCounts counts)
{
    private readonly Dictionary<string, TaxonomyTerm> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, TaxonomyTerm> byId = [];
    private Dictionary<Guid, Guid> mappings = [];

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        // Imported terms first, so our own terms (loaded after) win where both match.
        foreach (var term in (await db.TaxonomyTerms.ToListAsync(cancellationToken)).OrderBy(t => t.Kind == TaxonomyKind.Imported ? 0 : 1).ThenByDescending(t => t.Kind))
        {
            byKey[term.Name.Trim().ToLowerInvariant()] = term;
            byKey[term.Slug] = term;
            byId[term.Id] = term;
        }

        mappings = await db.TermMappings.AsNoTracking().ToDictionaryAsync(m => m.ImportedTermId, m => m.TermId, cancellationToken);
    }

    public TaxonomyTerm Resolve(MappedTerm wanted)
    {
        // Our own feed carries our terms' ids, so a re-import finds them even when a name has changed.
        var feedId = Guid.TryParse(wanted.SourceId, out var parsed) ? parsed : (Guid?)null;
        if ((feedId is { } id && byId.TryGetValue(id, out var same) ? same : byKey.GetValueOrDefault(wanted.Key) ?? byKey.GetValueOrDefault(Slug.From(wanted.Name))) is { } found)
        {
            return found;
        }

        // A fresh id, not the feed's: a feed's term ids are only names for its terms, and one of ours may
        // already answer to it (our ORUK feed names audiences, access routes and delivery modes by UUIDv5 ids).
        var term = new TaxonomyTerm
        {
            Id = Guid.NewGuid(),
            Kind = TaxonomyKind.Imported,
            Slug = slugs.Term(wanted.Name),
            Name = wanted.Name,
            Description = Limit($"Imported from {options.Source}{(wanted.Taxonomy is null ? "" : $" ({wanted.Taxonomy})")}; map it to one of our terms", 500),
            SortOrder = 0,
        };
        db.TaxonomyTerms.Add(term);
        db.ImportedTermOrigins.Add(new ImportedTermOrigin { TermId = term.Id, Source = Limit(options.Source, 200), Taxonomy = wanted.Taxonomy is null ? null : Limit(wanted.Taxonomy, 200) });
        byKey[wanted.Key] = term;
        byKey[term.Slug] = term;
        byId[term.Id] = term;
        counts.TermsCreated++;
        return term;
    }

    /// <summary>The term, and for an imported term a directory manager has mapped, our term as well, so the mapping holds for every later import.</summary>
    public IEnumerable<TaxonomyTerm> WithMapping(TaxonomyTerm term)
    {
        yield return term;
        if (mappings.TryGetValue(term.Id, out var ours) && byId.TryGetValue(ours, out var mapped))
        {
            yield return mapped;
        }
    }

    private static string Limit(string text, int length) => text.Length <= length ? text : text[..length];
}
