using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Page = Signpost.Core.Content.Page;
using Signpost.Core.Markdown;
using Signpost.Data;

namespace Signpost.Web.Features.Pages;

/// <summary>Markdown information pages addressed by their path in the page tree, e.g. /help/what-is-camhs.</summary>
public sealed class ContentPageModel(SignpostDbContext db) : PageModel
{
    public Page Content { get; private set; } = null!;

    public string BodyHtml { get; private set; } = "";

    public IReadOnlyList<Page> Children { get; private set; } = [];

    public IReadOnlyList<Page> Ancestors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string path, CancellationToken cancellationToken)
    {
        var key = path.Trim('/').ToLowerInvariant();
        var page = await db.Pages.AsNoTracking().FirstOrDefaultAsync(p => p.Path == key && p.Status == ContentStatus.Published, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        Content = page;
        BodyHtml = SafeMarkdown.ToHtml(page.Body);
        var prefix = key + "/";
        Children = (await db.Pages.AsNoTracking()
                .Where(p => p.Path.StartsWith(prefix) && p.Status == ContentStatus.Published)
                .ToListAsync(cancellationToken))
            .Where(p => p.ParentPath == key)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Title)
            .ToList();
        var ancestorPaths = Enumerable.Range(1, key.Count(c => c == '/')).Select(n => string.Join('/', key.Split('/').Take(n))).ToList();
        Ancestors = (await db.Pages.AsNoTracking().Where(p => ancestorPaths.Contains(p.Path) && p.Status == ContentStatus.Published).ToListAsync(cancellationToken))
            .OrderBy(p => p.Path.Length).ToList();
        return Page();
    }
}
