using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;

namespace Signpost.Web.Infrastructure.ScaleOut;

/// <summary>
/// The node's <see cref="IDistributedCache"/>: Redis when it is configured and usable, this node's
/// memory otherwise. Counters kept here (such as the feedback rate limit) are shared by every node
/// while Redis answers and fall back to per-node counts while it does not, so a Redis outage never
/// turns into errors or into no limit at all.
/// </summary>
public sealed class ResilientDistributedCache : IDistributedCache, IDisposable
{
    private readonly RedisConnection _connection;
    private readonly RedisCache? _redis;
    private readonly MemoryDistributedCache _memory;

    public ResilientDistributedCache(RedisConnection connection, IOptions<MemoryDistributedCacheOptions> memoryOptions)
    {
        _connection = connection;
        _memory = new MemoryDistributedCache(memoryOptions);
        if (connection.IsConfigured)
        {
            _redis = new RedisCache(Options.Create(new RedisCacheOptions
            {
                InstanceName = connection.Prefix,
                ConnectionMultiplexerFactory = async () => await connection.ConnectAsync()
                    ?? throw new InvalidOperationException("Redis is not configured"),
            }));
        }
    }

    /// <summary>Redis when it may be used now, else null.</summary>
    internal IDistributedCache? Shared => _redis is not null && _connection.IsUsable ? _redis : null;

    /// <summary>This node's own memory.</summary>
    internal IDistributedCache Local => _memory;

    public byte[]? Get(string key) => Run(cache => cache.Get(key));

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => RunAsync(cache => cache.GetAsync(key, token));

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => Run(cache =>
    {
        cache.Set(key, value, options);
        return true;
    });

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) => RunAsync(async cache =>
    {
        await cache.SetAsync(key, value, options, token);
        return true;
    });

    public void Refresh(string key) => Run(cache =>
    {
        cache.Refresh(key);
        return true;
    });

    public Task RefreshAsync(string key, CancellationToken token = default) => RunAsync(async cache =>
    {
        await cache.RefreshAsync(key, token);
        return true;
    });

    public void Remove(string key) => Run(cache =>
    {
        cache.Remove(key);
        return true;
    });

    public Task RemoveAsync(string key, CancellationToken token = default) => RunAsync(async cache =>
    {
        await cache.RemoveAsync(key, token);
        return true;
    });

    private T Run<T>(Func<IDistributedCache, T> operation)
    {
        if (Shared is { } redis)
        {
            try
            {
                return operation(redis);
            }
            catch (Exception ex) when (RedisConnection.IsRedisFailure(ex))
            {
                _connection.ReportFailure(ex);
            }
        }

        return operation(_memory);
    }

    private async Task<T> RunAsync<T>(Func<IDistributedCache, Task<T>> operation)
    {
        if (Shared is { } redis)
        {
            try
            {
                return await operation(redis);
            }
            catch (Exception ex) when (RedisConnection.IsRedisFailure(ex))
            {
                _connection.ReportFailure(ex);
            }
        }

        return await operation(_memory);
    }

    public void Dispose() => _redis?.Dispose();
}
