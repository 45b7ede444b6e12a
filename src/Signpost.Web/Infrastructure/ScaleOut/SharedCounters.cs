using Microsoft.Extensions.Caching.Memory;

namespace Signpost.Web.Infrastructure.ScaleOut;

/// <summary>
/// Counters every node adds to, for limits that must hold across the site (sign-in attempts).
/// With Redis usable each count is one atomic INCR, so parallel attempts on any nodes are all
/// counted; <see cref="Microsoft.Extensions.Caching.Distributed.IDistributedCache"/> has only
/// get and set, which lets a burst of parallel requests all read the same count.
/// </summary>
/// <remarks>
/// Without Redis, or while it is down or resting after a failure, the count is kept in this node's
/// memory: the limit then holds per node (at most nodes × limit across the site) instead of failing
/// every request or counting nothing. Counts made during an outage are not carried into Redis.
/// </remarks>
public sealed class SharedCounters(RedisConnection connection) : IDisposable
{
    private readonly MemoryCache _local = new(new MemoryCacheOptions());
    private readonly Lock _localGate = new();

    /// <summary>Adds one to <paramref name="key"/> and returns the new count; the counter is gone after <paramref name="expiresAt"/>.</summary>
    public async Task<long> IncrementAsync(string key, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        if (connection.IsUsable && connection.Multiplexer is { } multiplexer)
        {
            try
            {
                var redisKey = connection.Prefix + "counter:" + key;
                var transaction = multiplexer.GetDatabase().CreateTransaction();
                var count = transaction.StringIncrementAsync(redisKey);
                _ = transaction.KeyExpireAsync(redisKey, expiresAt.UtcDateTime);
                await transaction.ExecuteAsync().WaitAsync(cancellationToken);
                return await count.WaitAsync(cancellationToken);
            }
            catch (Exception ex) when (RedisConnection.IsRedisFailure(ex))
            {
                connection.ReportFailure(ex);
            }
        }

        return IncrementLocal(key, expiresAt);
    }

    private long IncrementLocal(string key, DateTimeOffset expiresAt)
    {
        lock (_localGate)
        {
            var counter = _local.GetOrCreate(key, entry =>
            {
                entry.AbsoluteExpiration = expiresAt;
                return new LocalCount();
            })!;
            return ++counter.Value;
        }
    }

    public void Dispose() => _local.Dispose();

    private sealed class LocalCount
    {
        public long Value;
    }
}
