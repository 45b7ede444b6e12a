using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Core.Rules;
using Signpost.Data;

namespace Signpost.Web.Tests;

/// <summary>Reads the seeded store directly, so pages can be checked against the data rather than against themselves.</summary>
public static class Store
{
    public static DateOnly Today => UkTime.Today(TimeProvider.System);

    /// <summary>Every service with its terms, places, times and organisation, whatever its status.</summary>
    public static Task<List<Service>> AllServicesAsync(SignpostDbContext db) =>
        db.Services.AsNoTracking()
            .Include(s => s.Organisation)
            .Include(s => s.Terms).ThenInclude(t => t.Parent)
            .Include(s => s.Locations)
            .Include(s => s.Schedules)
            .AsSplitQuery()
            .OrderBy(s => s.Slug)
            .ToListAsync();

    /// <summary>The services a visitor may see today.</summary>
    public static async Task<List<Service>> VisibleServicesAsync(SignpostDbContext db) =>
        (await AllServicesAsync(db)).Where(s => s.IsVisibleOn(Today)).ToList();

    /// <summary>The ids of a category and of its children: a service in any of them is listed under the category.</summary>
    public static async Task<HashSet<Guid>> CategoryAndChildIdsAsync(SignpostDbContext db, string slug)
    {
        var category = await db.TaxonomyTerms.AsNoTracking().Include(t => t.Children)
            .SingleAsync(t => t.Kind == TaxonomyKind.Category && t.Slug == slug);
        return category.Children.Select(c => c.Id).Append(category.Id).ToHashSet();
    }
}
