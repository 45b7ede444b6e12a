using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Signpost.Web.Features.Search;

namespace Signpost.Web.Features.OpenReferral.Api;

/// <summary>
/// Serialised answers keyed by the change-feed position this node has applied and the normalised request.
/// When the follower applies a change, the position moves on, so every later request misses and reads the
/// store again; answers for older positions are never asked for and age out (ADR 9).
/// </summary>
public sealed class OrukResponseCache(SearchIndexHolder index, IOptions<OrukApiOptions> options) : IDisposable
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = options.Value.CacheMegabytes * 1024L * 1024L });

    /// <summary>The change-feed row this node has applied last; part of every key.</summary>
    public long Generation => index.LastSequence;

    /// <summary>
    /// The cached answer, or a new one from <paramref name="create"/> (null means not found, and is not kept).
    /// The generation is read before the store is, so an answer read during a change is filed under the older
    /// generation and never outlives it.
    /// </summary>
    public async Task<byte[]?> GetOrCreateAsync(string key, Func<Task<byte[]?>> create)
    {
        var fullKey = Generation + "|" + key;
        if (cache.TryGetValue(fullKey, out byte[]? cached))
        {
            return cached;
        }

        var created = await create();
        var seconds = options.Value.CacheSeconds;
        if (created is not null && seconds > 0)
        {
            cache.Set(fullKey, created, new MemoryCacheEntryOptions { Size = created.Length + fullKey.Length, AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(seconds) });
        }

        return created;
    }

    public void Dispose() => cache.Dispose();
}
