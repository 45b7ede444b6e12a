using Microsoft.AspNetCore.Mvc.ModelBinding;
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

    /// <summary>Loads the options and checks a posted form against them; the errors land in <paramref name="modelState"/>.</summary>
    public static async Task<YouSaidWeDidOptions> CheckAsync(SignpostDbContext db, YouSaidWeDidInput input, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        var options = await LoadAsync(db, cancellationToken);

        // Binding's own messages ("The value '' is invalid") are replaced by the form's.
        modelState.Clear();
        input.Check(modelState, options.Services, options.Themes);
        return options;
    }
}
