using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Data;

namespace Signpost.Web.Features.Pages;

/// <summary>Markdown information pages addressed by their path in the page tree, e.g. /help/what-is-camhs. A path a page used to have answers 301.</summary>
public sealed class ContentPageModel(SignpostDbContext db) : PageModel
{
    public PageContentView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string path, CancellationToken cancellationToken)
    {
        var key = path.Trim('/').ToLowerInvariant();
        var page = await db.Pages.AsNoTracking().FirstOrDefaultAsync(p => p.Path == key && p.Status == ContentStatus.Published, cancellationToken);
        if (page is null)
        {
            var current = await db.SlugRedirects.AsNoTracking()
                .Where(r => r.Kind == ContentKind.Page && r.OldSlug == key)
                .Join(db.Pages.Where(p => p.Status == ContentStatus.Published), r => r.ContentId, p => p.Id, (r, p) => p.Path)
                .FirstOrDefaultAsync(cancellationToken);
            return current is null ? NotFound() : RedirectPermanent($"/{current}{Request.QueryString}");
        }

        View = await PageContentView.ForAsync(db, page, cancellationToken);
        return Page();
    }
}
