using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Data;

namespace Signpost.Web.Features.Participation.YouSaidWeDid;

/// <summary>What the form offers: published services and the themes.</summary>
public sealed record YouSaidWeDidOptions(IReadOnlyList<(Guid Id, string Name)> Services, IReadOnlyList<(string Slug, string Label)> Themes)
{
    public static async Task<YouSaidWeDidOptions> LoadAsync(SignpostDbContext db, CancellationToken cancellationToken)
    {
        var services = await db.Services.AsNoTracking().Where(s => s.Status == ContentStatus.Published)
            .OrderBy(s => s.Name).Select(s => new ValueTuple<Guid, string>(s.Id, s.Name)).ToListAsync(cancellationToken);
        var themes = await db.FeedbackThemes.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Label)
            .Select(t => new ValueTuple<string, string>(t.Slug, t.Label)).ToListAsync(cancellationToken);
        return new YouSaidWeDidOptions(services, themes);
    }
}
