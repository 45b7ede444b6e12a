using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Page = Signpost.Core.Content.Page;

namespace Signpost.Web.Tests.Editor.Pages;

/// <summary>Arranges pages straight in the store and reads back what the workflow did.</summary>
public static class PageEditorStore
{
    /// <summary>A published top-level page of its own for one test, with no versions (as if imported).</summary>
    public static async Task<Page> CreatePageAsync(SignpostWebFactory factory, string? parent = null, ContentStatus status = ContentStatus.Published)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var slug = $"test-page-{Guid.NewGuid():N}"[..22];
        var page = new Page
        {
            Id = Guid.NewGuid(),
            Path = parent is null ? slug : $"{parent}/{slug}",
            Title = $"Test page {slug}",
            Summary = "A page made for a test.",
            Body = "First paragraph.\n\nSecond paragraph.",
            Status = status,
            LastModified = DateTimeOffset.UtcNow,
        };
        db.Pages.Add(page);
        await db.SaveChangesAsync();
        return page;
    }

    public static async Task<(Page? Page, List<ContentVersion> Versions)> ReadAsync(SignpostWebFactory factory, Guid id)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var page = await db.Pages.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
        var versions = await db.ContentVersions.AsNoTracking().Where(v => v.Kind == ContentKind.Page && v.ContentId == id).OrderBy(v => v.Number).ToListAsync();
        return (page, versions);
    }

    public static async Task<string> StateOfAsync(SignpostWebFactory factory, Guid id)
    {
        var (page, versions) = await ReadAsync(factory, id);
        return $"{page?.Status} {page?.Title} {page?.Path} | " + string.Join(", ", versions.Select(v => $"{v.Number}:{v.State}:{v.Title}"));
    }
}
