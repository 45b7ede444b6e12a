using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Core.Markdown;
using Signpost.Data;
using Page = Signpost.Core.Content.Page;

namespace Signpost.Web.Features.Pages;

/// <summary>
/// Everything the public page markup shows for one page: its text, its published children and
/// the breadcrumb trail. The editor's preview builds one from an unsaved draft, so both render alike.
/// </summary>
public sealed record PageContentView(Page Content, string BodyHtml, IReadOnlyList<Page> Children, IReadOnlyList<Page> Ancestors)
{
    public static async Task<PageContentView> ForAsync(SignpostDbContext db, Page page, CancellationToken cancellationToken)
    {
        var key = page.Path;
        var prefix = key + "/";
        var children = (await db.Pages.AsNoTracking()
                .Where(p => p.Path.StartsWith(prefix) && p.Status == ContentStatus.Published)
                .ToListAsync(cancellationToken))
            .Where(p => p.ParentPath == key)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Title)
            .ToList();
        var ancestorPaths = Enumerable.Range(1, key.Count(c => c == '/')).Select(n => string.Join('/', key.Split('/').Take(n))).ToList();
        var ancestors = (await db.Pages.AsNoTracking().Where(p => ancestorPaths.Contains(p.Path) && p.Status == ContentStatus.Published).ToListAsync(cancellationToken))
            .OrderBy(p => p.Path.Length).ToList();
        return new PageContentView(page, SafeMarkdown.ToHtml(page.Body), children, ancestors);
    }
}
