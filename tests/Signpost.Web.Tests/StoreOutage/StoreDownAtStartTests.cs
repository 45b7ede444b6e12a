using System.Net;
using Signpost.Web.Tests.Editor;

namespace Signpost.Web.Tests.StoreOutage;

/// <summary>
/// A node started while PostgreSQL is down does not crash (an orchestrator would restart it in a loop):
/// it is live but not ready, visitors get the "unavailable" page, and when PostgreSQL is started it
/// migrates, seeds and builds its search index by itself, and serves normally without a restart.
/// </summary>
public sealed class StoreDownAtStartTests
{
    [PostgresFact]
    public async Task A_node_started_while_postgres_is_down_says_so_and_serves_once_postgres_returns()
    {
        Assert.True(ThrowawayPostgres.Installed, $"PostgreSQL 15 is not installed at {ThrowawayPostgres.Bin}.");
        await using var server = await ThrowawayPostgres.StartAsync();
        await server.StopAsync();

        await using var site = new OutageSiteFactory(server.ConnectionString);
        var visitor = site.CreatePlainClient();

        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/health/live")).StatusCode);
        var ready = await visitor.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var readiness = await ready.Content.ReadAsStringAsync();
        Assert.Contains("\"store\":{\"status\":\"Unhealthy\"", readiness, StringComparison.Ordinal);
        Assert.Contains("\"index\":\"Unhealthy\"", readiness, StringComparison.Ordinal);

        foreach (var url in new[] { "/", "/search?q=youth", "/services/" + Feedback.FeedbackForms.ServiceSlug, "/have-your-say" })
        {
            var page = await EditorAccounts.ReadPageAsync(await visitor.GetAsync(url));
            Assert.True(page.Status == HttpStatusCode.ServiceUnavailable, $"{url} gave {(int)page.Status} while the store was down");
            Assert.Equal("Sorry, this page is unavailable", page.Heading);

            // Nothing to search yet on this node, so the page does not offer it.
            Assert.DoesNotContain("search for a service", page.Main.TextContent, StringComparison.Ordinal);
        }

        await server.StartAgainAsync();

        await StoreOutageTests.WaitUntilAsync(async () => (await visitor.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, "/health/ready to answer 200");
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/services/" + Feedback.FeedbackForms.ServiceSlug)).StatusCode);
        var search = await visitor.GetAsync("/api/search?q=" + Uri.EscapeDataString(await ServiceNameAsync(site)));
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Contains(Feedback.FeedbackForms.ServiceSlug, await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> ServiceNameAsync(SignpostWebFactory site)
    {
        var (scope, db) = site.OpenStore();
        await using (scope)
        {
            return db.Services.Single(s => s.Slug == Feedback.FeedbackForms.ServiceSlug).Name;
        }
    }
}
