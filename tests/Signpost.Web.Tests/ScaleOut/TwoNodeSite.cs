using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Signpost.Web.Tests.ScaleOut;

/// <summary>
/// Two web nodes of one site: a real redis-server, one shared store, and two hosts of the real app.
/// Each node polls the change feed only every 5 seconds, so a change reaching the other node within
/// a second can only have come through the Redis nudge.
/// </summary>
public sealed class TwoNodeSite : IAsyncLifetime
{
    public const int SlowPollMilliseconds = 5000;

    private readonly ScaleOutStore _store = new();

    public RedisServer Redis { get; private set; } = null!;

    public ScaleOutNodeFactory A { get; private set; } = null!;

    public ScaleOutNodeFactory B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Redis = await RedisServer.StartAsync();
        var settings = ScaleOutNodeFactory.Settings(Redis.Configuration, _store.Settings);
        settings["Signpost:Search:PollMilliseconds"] = SlowPollMilliseconds.ToString();

        // These tests are about Redis working, not failing (RedisResilienceTests do that): on two cores shared with
        // the other test classes a command can take past the 250 ms default, and that node then counts on its own.
        settings["Redis:CommandTimeoutMilliseconds"] = "5000";

        // One after the other: the first migrates and seeds the store, the second finds it ready, as in a rolling start.
        A = new ScaleOutNodeFactory(settings);
        await A.InitializeAsync();
        B = new ScaleOutNodeFactory(settings);
        await B.InitializeAsync();
    }

    /// <summary>A client of one node that keeps its cookies in <paramref name="cookies"/> (share it to move between nodes) and sends the visitor's address as a proxy would.</summary>
    public static HttpClient Client(ScaleOutNodeFactory node, CookieContainer cookies, string visitorAddress)
    {
        var client = node.CreateDefaultClient(new CookieContainerHandler(cookies));
        client.DefaultRequestHeaders.Add("X-Forwarded-For", visitorAddress);
        return client;
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)B).DisposeAsync();
        await ((IAsyncLifetime)A).DisposeAsync();
        await Redis.DisposeAsync();
        _store.Dispose();
    }
}
