using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Data;

namespace Signpost.Web.Features.Editor.Services;

/// <summary>A service's public address across renames: old slugs become 301 redirects to the current one.</summary>
public static class ServiceAddresses
{
    /// <summary>Keeps the old address working with a 301 once a published service changes slug, and lets the service take back an old address of its own.</summary>
    public static async Task MoveAsync(SignpostDbContext db, Service service, string newSlug, DateTime utcNow, CancellationToken cancellationToken)
    {
        var claimed = await db.SlugRedirects.FirstOrDefaultAsync(r => r.Kind == ContentKind.Service && r.OldSlug == newSlug, cancellationToken);
        if (claimed is not null)
        {
            db.SlugRedirects.Remove(claimed);
        }

        if (service.Status == ContentStatus.Draft || service.Slug == newSlug)
        {
            return;
        }

        var existing = await db.SlugRedirects.FirstOrDefaultAsync(r => r.Kind == ContentKind.Service && r.OldSlug == service.Slug, cancellationToken);
        if (existing is null)
        {
            db.SlugRedirects.Add(new SlugRedirect { Kind = ContentKind.Service, OldSlug = service.Slug, ContentId = service.Id, CreatedAt = utcNow });
        }
        else
        {
            existing.ContentId = service.Id;
        }
    }
}
