using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Distributed;

namespace Signpost.Web.Infrastructure.ScaleOut;

/// <summary>
/// <see cref="ISharedCache"/> over Redis, or over this node's memory when no Redis is configured.
/// Each tag has a generation token (a random value kept in the cache); an entry's key includes the
/// tokens of its tags, read before the value is made, so invalidating a tag (a new random token)
/// makes every entry made before it unreachable. Random tokens need no atomic increment: two nodes
/// invalidating at once both leave a token no entry was made under.
/// </summary>
/// <remarks>
/// While Redis is configured but down, entries are neither read nor written and the tags this node
/// could not invalidate are kept, and invalidated as soon as Redis is usable again.
/// </remarks>
public sealed class SharedCache(ResilientDistributedCache caches, RedisConnection connection, ILogger<SharedCache> logger) : ISharedCache
{
    private static readonly DistributedCacheEntryOptions TagTokenLifetime = new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromDays(7) };

    private readonly ConcurrentDictionary<string, bool> _missedInvalidations = new(StringComparer.Ordinal);

    public async Task<string?> GetOrCreateAsync(string key, IReadOnlyList<string> tags, TimeSpan timeToLive, Func<CancellationToken, Task<string?>> factory, CancellationToken cancellationToken)
    {
        var cache = await CurrentAsync(cancellationToken);
        if (cache is null)
        {
            return await factory(cancellationToken);
        }

        string entryKey;
        try
        {
            entryKey = await EntryKeyAsync(cache, key, tags, cancellationToken);
            if (await cache.GetStringAsync(entryKey, cancellationToken) is { } hit)
            {
                return hit;
            }
        }
        catch (Exception ex) when (RedisConnection.IsRedisFailure(ex))
        {
            connection.ReportFailure(ex);
            return await factory(cancellationToken);
        }

        var made = await factory(cancellationToken);
        if (made is not null)
        {
            try
            {
                await cache.SetStringAsync(entryKey, made, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = timeToLive }, cancellationToken);
            }
            catch (Exception ex) when (RedisConnection.IsRedisFailure(ex))
            {
                connection.ReportFailure(ex);
            }
        }

        return made;
    }

    public async Task InvalidateTagsAsync(IEnumerable<string> tags, CancellationToken cancellationToken)
    {
        var list = tags.Distinct(StringComparer.Ordinal).ToList();
        var cache = await CurrentAsync(cancellationToken);
        if (cache is null || !await TryBumpAsync(cache, list, cancellationToken))
        {
            foreach (var tag in list)
            {
                _missedInvalidations[tag] = true;
            }
        }
    }

    /// <summary>The cache to use now (after catching up invalidations missed while Redis was away), or null to bypass it.</summary>
    private async Task<IDistributedCache?> CurrentAsync(CancellationToken cancellationToken)
    {
        if (!connection.IsConfigured)
        {
            return caches.Local;
        }

        if (caches.Shared is not { } shared)
        {
            return null;
        }

        if (!_missedInvalidations.IsEmpty)
        {
            var missed = _missedInvalidations.Keys.ToList();
            if (!await TryBumpAsync(shared, missed, cancellationToken))
            {
                return null;
            }

            foreach (var tag in missed)
            {
                _missedInvalidations.TryRemove(tag, out _);
            }

            logger.LogInformation("Invalidated {Count} cache tags missed while Redis was unavailable", missed.Count);
        }

        return shared;
    }

    private async Task<bool> TryBumpAsync(IDistributedCache cache, IReadOnlyList<string> tags, CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(tags.Select(tag => cache.SetStringAsync(TagKey(tag), NewToken(), TagTokenLifetime, cancellationToken)));
            return true;
        }
        catch (Exception ex) when (RedisConnection.IsRedisFailure(ex))
        {
            connection.ReportFailure(ex);
            return false;
        }
    }

    private static async Task<string> EntryKeyAsync(IDistributedCache cache, string key, IReadOnlyList<string> tags, CancellationToken cancellationToken)
    {
        var tokens = await Task.WhenAll(tags.Select(tag => TokenAsync(cache, tag, cancellationToken)));
        var text = new StringBuilder(key);
        for (var i = 0; i < tags.Count; i++)
        {
            text.Append('\n').Append(tags[i]).Append('=').Append(tokens[i]);
        }

        // Hashed: query strings can be long, and keys stay a fixed size in Redis.
        return "entry:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    // A missing token (never set, or evicted) gets a new one: entries made under a lost token are only unreachable, never wrong.
    private static async Task<string> TokenAsync(IDistributedCache cache, string tag, CancellationToken cancellationToken)
    {
        if (await cache.GetStringAsync(TagKey(tag), cancellationToken) is { } token)
        {
            return token;
        }

        var fresh = NewToken();
        await cache.SetStringAsync(TagKey(tag), fresh, TagTokenLifetime, cancellationToken);
        return fresh;
    }

    private static string TagKey(string tag) => "tag:" + tag;

    private static string NewToken() => Guid.NewGuid().ToString("N");
}
