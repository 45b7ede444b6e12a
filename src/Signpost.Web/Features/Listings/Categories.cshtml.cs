using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Data;

namespace Signpost.Web.Features.Listings;

public sealed class CategoriesModel(SignpostDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "audience")]
    public string? AudienceSlug { get; set; }

    public Audience? Audience => AudienceText.Parse(AudienceSlug);

    public string AudienceQuery => Audience is { } a ? $"?audience={AudienceText.Slug(a)}" : "";

    public IReadOnlyList<TaxonomyTerm> Tree { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Tree = await db.TaxonomyTerms.AsNoTracking()
            .Where(t => t.Kind == TaxonomyKind.Category && t.ParentId == null)
            .Include(t => t.Children.OrderBy(c => c.SortOrder))
            .OrderBy(t => t.SortOrder)
            .ToListAsync(cancellationToken);
    }
}
