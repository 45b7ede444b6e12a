using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Signpost.Web.Infrastructure.ScaleOut;

namespace Signpost.Web.Tests.ScaleOut;

/// <summary>
/// The shared cache invalidates exactly: a tag invalidated on one node makes every entry that named it
/// be made again on every node, and nothing else. Checked in memory (one node, no Redis) and on a real Redis.
/// </summary>
public sealed class SharedCacheTests
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task Without_Redis_entries_are_kept_and_invalidating_a_tag_remakes_only_the_entries_that_named_it()
    {
        var (cache, _) = await NodeAsync(null);
        var made = new Counter();

        Assert.Equal("s1-1", await cache.GetOrCreateAsync("s1", ["service:1", "search"], Long, made.Make("s1"), CancellationToken.None));
        Assert.Equal("s2-2", await cache.GetOrCreateAsync("s2", ["service:2", "search"], Long, made.Make("s2"), CancellationToken.None));
        Assert.Equal("p-3", await cache.GetOrCreateAsync("p", ["organisation:9"], Long, made.Make("p"), CancellationToken.None));
        Assert.Equal("s1-1", await cache.GetOrCreateAsync("s1", ["service:1", "search"], Long, made.Make("s1"), CancellationToken.None));

        await cache.InvalidateTagsAsync(["service:2"], CancellationToken.None);

        Assert.Equal("s1-1", await cache.GetOrCreateAsync("s1", ["service:1", "search"], Long, made.Make("s1"), CancellationToken.None));
        Assert.Equal("s2-4", await cache.GetOrCreateAsync("s2", ["service:2", "search"], Long, made.Make("s2"), CancellationToken.None));
        Assert.Equal("p-3", await cache.GetOrCreateAsync("p", ["organisation:9"], Long, made.Make("p"), CancellationToken.None));

        await cache.InvalidateTagsAsync(["search"], CancellationToken.None);
        Assert.Equal("s1-5", await cache.GetOrCreateAsync("s1", ["service:1", "search"], Long, made.Make("s1"), CancellationToken.None));
        Assert.Equal("p-3", await cache.GetOrCreateAsync("p", ["organisation:9"], Long, made.Make("p"), CancellationToken.None));
    }

    [Fact]
    public async Task A_null_answer_is_not_cached()
    {
        var (cache, _) = await NodeAsync(null);
        var calls = 0;
        for (var i = 0; i < 2; i++)
        {
            Assert.Null(await cache.GetOrCreateAsync("missing", ["search"], Long, _ =>
            {
                calls++;
                return Task.FromResult<string?>(null);
            }, CancellationToken.None));
        }

        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task On_Redis_an_invalidation_on_one_node_reaches_the_other_and_one_missed_while_down_is_made_on_return()
    {
        await using var redis = await RedisServer.StartAsync();
        var (nodeA, _) = await NodeAsync(redis.Configuration);
        var (nodeB, connectionB) = await NodeAsync(redis.Configuration);
        var made = new Counter();

        Assert.Equal("q-1", await nodeA.GetOrCreateAsync("q", ["search"], Long, made.Make("q"), CancellationToken.None));
        Assert.Equal("q-1", await nodeB.GetOrCreateAsync("q", ["search"], Long, made.Make("q"), CancellationToken.None));
        Assert.Equal("o-2", await nodeB.GetOrCreateAsync("o", ["organisation:1"], Long, made.Make("o"), CancellationToken.None));

        await nodeB.InvalidateTagsAsync(["search"], CancellationToken.None);
        Assert.Equal("q-3", await nodeA.GetOrCreateAsync("q", ["search"], Long, made.Make("q"), CancellationToken.None));
        Assert.Equal("o-2", await nodeA.GetOrCreateAsync("o", ["organisation:1"], Long, made.Make("o"), CancellationToken.None));

        // Redis answers nothing for a while: B's invalidation cannot be written, reads bypass the cache.
        await redis.PauseAsync(TimeSpan.FromSeconds(2));
        await nodeB.InvalidateTagsAsync(["organisation:1"], CancellationToken.None);
        Assert.True(connectionB.Breaker.IsOpen);
        Assert.Equal("o-4", await nodeB.GetOrCreateAsync("o", ["organisation:1"], Long, made.Make("o"), CancellationToken.None));

        // Back: B makes the invalidation it missed before using the cache again, so A does not keep the old entry.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.False(connectionB.Breaker.IsOpen);
        Assert.Equal("o-5", await nodeB.GetOrCreateAsync("o", ["organisation:1"], Long, made.Make("o"), CancellationToken.None));
        Assert.Equal("o-5", await nodeA.GetOrCreateAsync("o", ["organisation:1"], Long, made.Make("o"), CancellationToken.None));
    }

    private static async Task<(SharedCache Cache, RedisConnection Connection)> NodeAsync(string? redis)
    {
        var options = new RedisOptions { Configuration = redis, BreakSeconds = 1 };
        var connection = new RedisConnection(Options.Create(options), TimeProvider.System, NullLogger<RedisConnection>.Instance);
        await connection.ConnectAsync();
        var caches = new ResilientDistributedCache(connection, Options.Create(new MemoryDistributedCacheOptions()));
        return (new SharedCache(caches, connection, NullLogger<SharedCache>.Instance), connection);
    }

    /// <summary>Makes values numbered in the order they were made, so a test sees which were made again.</summary>
    private sealed class Counter
    {
        private int _made;

        public Func<CancellationToken, Task<string?>> Make(string key) => _ => Task.FromResult<string?>($"{key}-{Interlocked.Increment(ref _made)}");
    }
}
