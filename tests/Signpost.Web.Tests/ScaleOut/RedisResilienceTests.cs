using System.Diagnostics;
using System.Net;
using Signpost.Web.Tests.Feedback;

namespace Signpost.Web.Tests.ScaleOut;

/// <summary>
/// Redis missing, stopped or too slow never stops the site: pages and the search API still answer,
/// without the cache, and feedback and sign-in are still rate limited (per node); when Redis returns the node uses it again.
/// Each test starts its own redis-server and its own node.
/// </summary>
public sealed class RedisResilienceTests
{
    [Fact]
    public async Task Without_a_Redis_ever_answering_the_site_serves_and_still_limits_feedback()
    {
        await using var node = await StartNodeAsync($"127.0.0.1:{RedisServer.FreePort()}");
        var client = node.CreatePlainClient();

        await AssertServesAsync(client, "nobody-there");

        // Four posts from one visitor against a limit of three: counted in this node's memory instead.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await FeedbackForms.SendAsync(client, "/have-your-say", FeedbackForms.Valid($"No Redis {i} {Guid.NewGuid():N}"))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);

        // Sign-in keeps working and keeps its limit, counted per node: no Redis is no reason to refuse editors or to stop counting.
        var attempts = new List<HttpStatusCode>();
        for (var i = 0; i <= ScaleOutNodeFactory.SignInPermitLimit; i++)
        {
            attempts.Add((await Editor.EditorAccounts.PostFormAsync(client, "/account/sign-in", "form[method=post]", new Dictionary<string, string>
            {
                ["email"] = $"nobody-{i}@example.org",
                ["password"] = "not a password anyone has",
            })).StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, ScaleOutNodeFactory.SignInPermitLimit), HttpStatusCode.TooManyRequests], attempts);
    }

    [Fact]
    public async Task When_Redis_stops_the_site_serves_without_it_and_uses_it_again_when_it_returns()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var node = await StartNodeAsync(redis.Configuration);
        var client = node.CreatePlainClient();

        await AssertServesAsync(client, "before");
        Assert.True(await redis.KeyCountAsync() > 0, "With Redis up, search answers should be cached in it");

        await redis.StopAsync();
        await AssertServesAsync(client, "while-down");
        await AssertServesAsync(client, "still-down");

        await redis.StartAgainAsync();
        Assert.Equal(0, await redis.KeyCountAsync());
        var watch = Stopwatch.StartNew();
        var round = 0;
        while (await redis.KeyCountAsync() == 0)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), "The node did not use Redis again within 15 s of its return");
            await AssertServesAsync(client, $"after-{round++}");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task A_Redis_that_stops_answering_costs_a_request_its_time_out_not_the_pause()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var node = await StartNodeAsync(redis.Configuration);
        var client = node.CreatePlainClient();
        await AssertServesAsync(client, "warm");

        var pause = TimeSpan.FromSeconds(10);
        await redis.PauseAsync(pause);
        var watch = Stopwatch.StartNew();
        await AssertServesAsync(client, "paused");
        var feedback = await FeedbackForms.SendAsync(client, "/have-your-say", FeedbackForms.Valid($"Slow Redis {Guid.NewGuid():N}"));
        var elapsed = watch.Elapsed;

        Assert.Equal(HttpStatusCode.Redirect, feedback.StatusCode);

        // Generous against a loaded machine; the point is that nothing waited for the 10 s pause.
        Assert.True(elapsed < TimeSpan.FromSeconds(6), $"Serving while Redis was paused took {elapsed.TotalMilliseconds:F0} ms");
    }

    private static async Task<NodeLease> StartNodeAsync(string redis)
    {
        var node = new ScaleOutNodeFactory(ScaleOutNodeFactory.Settings(redis));
        await node.InitializeAsync();
        return new NodeLease(node);
    }

    private static async Task AssertServesAsync(HttpClient client, string word)
    {
        foreach (var url in new[] { $"/api/search?q=youth+{word}", $"/search?q=youth+{word}", "/services/" + FeedbackForms.ServiceSlug, "/" })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} gave {(int)response.StatusCode}");
        }
    }

    /// <summary>Disposes the node the way xunit would dispose a fixture (which also removes its data folder).</summary>
    private sealed class NodeLease(ScaleOutNodeFactory node) : IAsyncDisposable
    {
        /// <summary>A client that keeps cookies (the forms' antiforgery cookie) and does not follow redirects.</summary>
        public HttpClient CreatePlainClient() => Editor.EditorAccounts.CreateClient(node);

        public async ValueTask DisposeAsync() => await ((IAsyncLifetime)node).DisposeAsync();
    }
}
