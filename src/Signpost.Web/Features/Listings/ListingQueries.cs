using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Rules;
using Signpost.Data;

namespace Signpost.Web.Features.Listings;

/// <summary>
/// Reads published listings for the public pages. Only visible services ever leave here, with
/// only their public venues (<see cref="PublicVenues"/>).
/// </summary>
public sealed class ListingQueries(SignpostDbContext db, TimeProvider clock)
{
    public DateOnly Today => UkTime.Today(clock);

    public IQueryable<Service> Visible()
    {
        var today = Today;
        return db.Services.AsNoTracking().Where(s => s.Status == ContentStatus.Published && s.Organisation.Status != ContentStatus.Withdrawn && (s.ValidTo == null || s.ValidTo >= today));
    }

    public async Task<IReadOnlyList<CategoryTile>> GetCategoryTilesAsync(CancellationToken cancellationToken)
    {
        var parents = await db.TaxonomyTerms.AsNoTracking()
            .Where(t => t.Kind == TaxonomyKind.Category && t.ParentId == null)
            .OrderBy(t => t.SortOrder)
            .Select(t => new { t.Id, t.Slug, t.Name, t.Description, Children = t.Children.Select(c => c.Id).ToList() })
            .ToListAsync(cancellationToken);
        var tiles = new List<CategoryTile>();
        foreach (var parent in parents)
        {
            var ids = parent.Children.Append(parent.Id).ToList();
            var count = await Visible().CountAsync(s => s.Terms.Any(t => ids.Contains(t.Id)), cancellationToken);
            tiles.Add(new CategoryTile(parent.Slug, parent.Name, parent.Description, count));
        }

        return tiles;
    }

    public Task<TaxonomyTerm?> GetCategoryAsync(string slug, CancellationToken cancellationToken) =>
        db.TaxonomyTerms.AsNoTracking()
            .Include(t => t.Parent)
            .Include(t => t.Children.OrderBy(c => c.SortOrder))
            .FirstOrDefaultAsync(t => t.Kind == TaxonomyKind.Category && t.Slug == slug, cancellationToken);

    public Task<List<TaxonomyTerm>> GetNeedsAsync(CancellationToken cancellationToken) =>
        db.TaxonomyTerms.AsNoTracking().Where(t => t.Kind == TaxonomyKind.Need).OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ServiceSummary>> GetServicesInCategoryAsync(TaxonomyTerm category, ListingFilter filter, CancellationToken cancellationToken)
    {
        var ids = category.Children.Select(c => c.Id).Append(category.Id).ToList();
        var query = Visible().Where(s => s.Terms.Any(t => ids.Contains(t.Id)));
        if (filter.AgeFrom is { } from)
        {
            query = query.Where(s => s.MaximumAge == null || s.MaximumAge >= from);
        }

        if (filter.AgeTo is { } to)
        {
            query = query.Where(s => s.MinimumAge == null || s.MinimumAge <= to);
        }

        if (filter.Needs is { Count: > 0 } needs)
        {
            query = query.Where(s => s.Terms.Any(t => t.Kind == TaxonomyKind.Need && needs.Contains(t.Slug)));
        }

        if (filter.Audience is { } audience)
        {
            query = query.Where(s => s.Audiences.Contains(audience));
        }

        var services = await query
            .Include(s => s.Organisation).IncludePublicVenues()
            .OrderBy(s => s.Name)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return services.Select(ServiceSummary.From).ToList();
    }

    public async Task<Service?> GetServiceAsync(string slug, CancellationToken cancellationToken)
    {
        var service = await Visible()
            .Include(s => s.Organisation)
            .Include(s => s.Terms).ThenInclude(t => t.Parent)
            .IncludePublicVenues()
            .Include(s => s.Schedules).ThenInclude(s => s.Location)
            .Include(s => s.Closures)
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Slug == slug, cancellationToken);

        // A session at a withdrawn venue still runs as far as the public knows; it shows without a place.
        foreach (var schedule in service?.Schedules.Where(x => x.Location is { Status: ContentStatus.Withdrawn }) ?? [])
        {
            schedule.Location = null;
        }

        return service;
    }

    /// <summary>The current slug of a visible service that used to be at <paramref name="oldSlug"/>, or null.</summary>
    public Task<string?> GetCurrentSlugAsync(string oldSlug, CancellationToken cancellationToken) =>
        db.SlugRedirects.AsNoTracking()
            .Where(r => r.Kind == ContentKind.Service && r.OldSlug == oldSlug)
            .Join(Visible(), r => r.ContentId, s => s.Id, (r, s) => s.Slug)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ServiceSummary>> GetRelatedAsync(Service service, int count, CancellationToken cancellationToken)
    {
        var categoryIds = service.Categories.Select(c => c.Id).ToList();
        var related = await Visible()
            .Where(s => s.Id != service.Id && s.Terms.Any(t => categoryIds.Contains(t.Id)))
            .Include(s => s.Organisation).IncludePublicVenues()
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        // Prefer services for the same ages, then nearby names, so the list is stable between requests.
        var range = new AgeRange(service.MinimumAge, service.MaximumAge);
        return related
            .OrderByDescending(s => range.Overlaps(s.MinimumAge, s.MaximumAge))
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(ServiceSummary.From)
            .ToList();
    }

    public async Task<IReadOnlyList<ServiceSummary>> GetBySlugsAsync(IReadOnlyList<string> slugs, CancellationToken cancellationToken)
    {
        var services = await Visible()
            .Where(s => slugs.Contains(s.Slug))
            .Include(s => s.Organisation).IncludePublicVenues()
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return slugs.Select(slug => services.FirstOrDefault(s => s.Slug == slug)).OfType<Service>().Select(ServiceSummary.From).ToList();
    }
}
