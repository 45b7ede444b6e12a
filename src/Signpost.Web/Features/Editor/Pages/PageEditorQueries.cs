using Microsoft.EntityFrameworkCore;
using Signpost.Core.Editorial;
using Signpost.Data;
using Signpost.Web.Features.Editor.Workflow;
using Page = Signpost.Core.Content.Page;

namespace Signpost.Web.Features.Editor.Pages;

/// <summary>Reads for the pages tree and form.</summary>
public sealed class PageEditorQueries(SignpostDbContext db, VersionHistory history)
{
    /// <summary>Every page, parents before their children, siblings by sort order then title. A page whose parent is missing shows at the top.</summary>
    public async Task<IReadOnlyList<PageTreeRow>> TreeAsync(CancellationToken cancellationToken)
    {
        var pages = await db.Pages.AsNoTracking().ToListAsync(cancellationToken);
        var latest = await history.LatestVersions(ContentKind.Page).Select(v => new { v.ContentId, v.State, v.Number }).ToListAsync(cancellationToken);
        var states = latest.ToDictionary(v => v.ContentId);
        var paths = pages.Select(p => p.Path).ToHashSet();
        var children = pages.ToLookup(p => p.ParentPath is { } parent && paths.Contains(parent) ? parent : null);
        var rows = new List<PageTreeRow>();
        Walk(null, 0);
        return rows;

        void Walk(string? parent, int depth)
        {
            foreach (var page in children[parent].OrderBy(p => p.SortOrder).ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase))
            {
                var state = states.GetValueOrDefault(page.Id);
                rows.Add(new PageTreeRow(page.Id, page.Path, page.Title, depth, page.Status, state?.State, state?.Number));
                Walk(page.Path, depth + 1);
            }
        }
    }

    /// <summary>Pages another page may sit under: all but <paramref name="self"/> and what is beneath it, so the tree stays a tree.</summary>
    public async Task<IReadOnlyList<PageParent>> ParentsAsync(string? self, CancellationToken cancellationToken)
    {
        var pages = await db.Pages.AsNoTracking().OrderBy(p => p.Path).Select(p => new { p.Path, p.Title }).ToListAsync(cancellationToken);
        return pages
            .Where(p => self is null || (p.Path != self && !p.Path.StartsWith(self + "/", StringComparison.Ordinal)))
            .Select(p => new PageParent(p.Path, p.Title))
            .ToList();
    }

    public Task<Page?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Pages.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
}
