using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Data;

namespace Signpost.Web.Features.YouSaidWeDid;

/// <summary>The published "you said, we did" answers, newest first; only about services the public can see.</summary>
public sealed class PublishedYouSaidWeDid(SignpostDbContext db)
{
    public const int MaxOnServicePage = 5;

    public async Task<IReadOnlyList<YouSaidWeDidItem>> AllAsync(string? themeSlug, CancellationToken cancellationToken)
    {
        var published = Published();
        if (!string.IsNullOrEmpty(themeSlug))
        {
            published = published.Where(y => y.ThemeSlug == themeSlug);
        }

        return await Items(published).Take(200).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<YouSaidWeDidItem>> ForServiceAsync(Guid serviceId, CancellationToken cancellationToken) =>
        await Items(Published().Where(y => y.ServiceId == serviceId)).Take(MaxOnServicePage).ToListAsync(cancellationToken);

    /// <summary>Themes that have at least one published answer, for the public filter.</summary>
    public Task<List<(string Slug, string Label)>> ThemesInUseAsync(CancellationToken cancellationToken) =>
        db.FeedbackThemes.AsNoTracking()
            .Where(t => Published().Any(y => y.ThemeSlug == t.Slug))
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Label)
            .Select(t => new ValueTuple<string, string>(t.Slug, t.Label))
            .ToListAsync(cancellationToken);

    private IQueryable<Core.Feedback.YouSaidWeDid> Published() =>
        db.YouSaidWeDid.AsNoTracking().Where(y => y.Published
            && (y.ServiceId == null || db.Services.Any(s => s.Id == y.ServiceId && s.Status == ContentStatus.Published)));

    private IQueryable<YouSaidWeDidItem> Items(IQueryable<Core.Feedback.YouSaidWeDid> items) =>
        items.OrderByDescending(y => y.PublishedAt).ThenBy(y => y.Id)
            .Select(y => new YouSaidWeDidItem(
                y.Id,
                y.YouSaid,
                y.WeDid,
                y.PublishedAt ?? y.CreatedAt,
                db.Services.Where(s => s.Id == y.ServiceId).Select(s => s.Name).FirstOrDefault(),
                db.Services.Where(s => s.Id == y.ServiceId).Select(s => s.Slug).FirstOrDefault(),
                y.ThemeSlug,
                db.FeedbackThemes.Where(t => t.Slug == y.ThemeSlug).Select(t => t.Label).FirstOrDefault()));
}
