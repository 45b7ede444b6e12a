using Microsoft.EntityFrameworkCore;
using Signpost.Core.ChangeFeed;
using Signpost.Data;
using Signpost.Web.Infrastructure.ScaleOut;

namespace Signpost.Web.Features.Search;

/// <summary>The cache tags a batch of change-feed rows touches: exactly what changed, never everything.</summary>
public static class ChangedContentTags
{
    public static async Task<List<string>> ForAsync(SignpostDbContext db, IReadOnlyList<ContentChange> changes, CancellationToken cancellationToken)
    {
        var tags = new List<string> { CacheTags.Search };
        if (changes.Any(c => c.Kind == ContentChangeKind.Rebuild))
        {
            tags.Add(CacheTags.Taxonomy);
        }

        var ids = changes.Where(c => c.Kind == ContentChangeKind.Service).Select(c => c.EntityId).Distinct().ToList();
        if (ids.Count == 0)
        {
            return tags;
        }

        tags.AddRange(ids.Select(CacheTags.Service));
        try
        {
            var owners = await db.Services.AsNoTracking()
                .Where(s => ids.Contains(s.Id))
                .Select(s => new { s.OrganisationId, Terms = s.Terms.Select(t => t.Id).ToList() })
                .ToListAsync(cancellationToken);
            tags.AddRange(owners.Select(o => CacheTags.Organisation(o.OrganisationId)).Distinct());
            tags.AddRange(owners.SelectMany(o => o.Terms).Distinct().Select(CacheTags.Term));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The rows are applied already: invalidate what is known without the store rather than nothing.
            tags.Add(CacheTags.Taxonomy);
        }

        return tags;
    }
}
