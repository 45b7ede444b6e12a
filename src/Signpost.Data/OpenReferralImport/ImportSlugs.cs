using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Core.Rules;

namespace Signpost.Data.OpenReferralImport;

/// <summary>Every address in use, loaded once per import, so new rows get a free slug without a query each.</summary>
internal sealed class ImportSlugs
{
    private readonly HashSet<string> services;
    private readonly HashSet<string> organisations;
    private readonly HashSet<string> locations;
    private readonly HashSet<string> terms;

    private ImportSlugs(HashSet<string> services, HashSet<string> organisations, HashSet<string> locations, HashSet<string> terms)
    {
        this.services = services;
        this.organisations = organisations;
        this.locations = locations;
        this.terms = terms;
    }

    public static async Task<ImportSlugs> LoadAsync(SignpostDbContext db, CancellationToken cancellationToken) => new(
        (await db.Services.Select(s => s.Slug).ToListAsync(cancellationToken)).Concat(await db.SlugRedirects.Where(r => r.Kind == Core.Editorial.ContentKind.Service).Select(r => r.OldSlug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal),
        (await db.Organisations.Select(o => o.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal),
        (await db.Locations.Select(l => l.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal),
        (await db.TaxonomyTerms.Where(t => t.Kind == TaxonomyKind.Imported).Select(t => t.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal));

    public string Service(string name) => Take(services, name, "service");

    public string Organisation(string name) => Take(organisations, name, "organisation");

    public string Location(string name) => Take(locations, name, "place");

    public string Term(string name) => Take(terms, name, "term");

    private static string Take(HashSet<string> taken, string name, string fallback)
    {
        var stem = Slug.From(name);
        stem = stem.Length == 0 ? fallback : stem.Length > 110 ? stem[..110].TrimEnd('-') : stem;
        var slug = stem;
        for (var n = 2; !taken.Add(slug); n++)
        {
            slug = $"{stem}-{n}";
        }

        return slug;
    }
}
