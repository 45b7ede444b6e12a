using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Signpost.Core.Feedback;
using Signpost.Data;

namespace Signpost.Web.Features.Feedback;

/// <summary>The managers' phrase list as a <see cref="SafeguardingScreen"/>, kept in memory for a short time.</summary>
public sealed class SafeguardingPhrases(SignpostDbContext db, IMemoryCache cache, IOptions<FeedbackOptions> options)
{
    private const string CacheKey = "signpost:safeguarding-screen";

    public async Task<SafeguardingScreen> ScreenAsync(CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(CacheKey, out SafeguardingScreen? cached) && cached is not null)
        {
            return cached;
        }

        var phrases = await db.SafeguardingPhrases.AsNoTracking()
            .OrderBy(p => p.Id)
            .Select(p => new { p.Phrase, p.Category })
            .ToListAsync(cancellationToken);
        var screen = new SafeguardingScreen(phrases.Select(p => (p.Phrase, p.Category)));
        var seconds = options.Value.PhraseCacheSeconds;
        if (seconds > 0)
        {
            cache.Set(CacheKey, screen, TimeSpan.FromSeconds(seconds));
        }

        return screen;
    }
}
