using System.Globalization;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace Signpost.Web.Features.Feedback;

/// <summary>
/// A fixed-window count per client IP and purpose in <see cref="IDistributedCache"/>, so with
/// Redis configured every node shares one count. The cache has no atomic increment, so two nodes
/// counting at the same instant may each let one extra post through; that is acceptable for
/// abuse control (the duplicate check and moderation still stand behind it).
/// </summary>
public sealed class FeedbackRateLimiter(IDistributedCache cache, IOptions<FeedbackOptions> options, TimeProvider clock)
{
    /// <summary>Whether this client may do one more; when it may, the attempt is counted.</summary>
    public async Task<bool> TryAcquireAsync(HttpContext context, string purpose, CancellationToken cancellationToken)
    {
        var key = Key(context, purpose);
        var count = await CountAsync(key, cancellationToken);
        if (count >= options.Value.RateLimit.PermitLimit)
        {
            return false;
        }

        await StoreAsync(key, count + 1, cancellationToken);
        return true;
    }

    /// <summary>Whether this client is already over the limit, without counting anything (for counting failures only).</summary>
    public async Task<bool> IsLimitedAsync(HttpContext context, string purpose, CancellationToken cancellationToken) =>
        await CountAsync(Key(context, purpose), cancellationToken) >= options.Value.RateLimit.PermitLimit;

    /// <summary>Counts one attempt, e.g. a wrong receipt code.</summary>
    public async Task CountAsync(HttpContext context, string purpose, CancellationToken cancellationToken)
    {
        var key = Key(context, purpose);
        await StoreAsync(key, await CountAsync(key, cancellationToken) + 1, cancellationToken);
    }

    private async Task<int> CountAsync(string key, CancellationToken cancellationToken)
    {
        var stored = await cache.GetStringAsync(key, cancellationToken);
        return int.TryParse(stored, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 0;
    }

    private Task StoreAsync(string key, int count, CancellationToken cancellationToken) =>
        cache.SetStringAsync(key, count.ToString(CultureInfo.InvariantCulture), new DistributedCacheEntryOptions
        {
            AbsoluteExpiration = WindowStart().AddSeconds(options.Value.RateLimit.WindowSeconds),
        }, cancellationToken);

    private string Key(HttpContext context, string purpose) =>
        $"signpost:feedback-rate:{purpose}:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}:{WindowStart().ToUnixTimeSeconds()}";

    // Windows start at fixed multiples of the window length, so every node agrees on the key.
    private DateTimeOffset WindowStart()
    {
        var window = options.Value.RateLimit.WindowSeconds;
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        return DateTimeOffset.FromUnixTimeSeconds(now - (now % window));
    }
}
