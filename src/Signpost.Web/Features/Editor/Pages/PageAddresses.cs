using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Data;
using Page = Signpost.Core.Content.Page;

namespace Signpost.Web.Features.Editor.Pages;

/// <summary>A page's public address across moves: old paths become 301 redirects to the current one.</summary>
public static class PageAddresses
{
    /// <summary>Keeps the old path working once a published page moves, and lets a page take back an old path of its own (or one another page left).</summary>
    public static async Task MoveAsync(SignpostDbContext db, Page page, string newPath, DateTime utcNow, CancellationToken cancellationToken)
    {
        var claimed = await db.SlugRedirects.FirstOrDefaultAsync(r => r.Kind == ContentKind.Page && r.OldSlug == newPath, cancellationToken);
        if (claimed is not null)
        {
            db.SlugRedirects.Remove(claimed);
        }

        if (page.Status == ContentStatus.Draft || page.Path == newPath)
        {
            return;
        }

        var existing = await db.SlugRedirects.FirstOrDefaultAsync(r => r.Kind == ContentKind.Page && r.OldSlug == page.Path, cancellationToken);
        if (existing is null)
        {
            db.SlugRedirects.Add(new SlugRedirect { Kind = ContentKind.Page, OldSlug = page.Path, ContentId = page.Id, CreatedAt = utcNow });
        }
        else
        {
            existing.ContentId = page.Id;
        }
    }
}
