using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;

namespace Signpost.Web.Tests.ScaleOut;

/// <summary>Stopping a node (a deploy, a scale-in) lets requests in flight finish and writes the search log it still holds.</summary>
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task A_request_in_flight_when_the_node_stops_completes_and_queued_search_log_entries_are_written()
    {
        var factory = new SlowRequestFactory();
        try
        {
            factory.StartServer();
            using var client = factory.CreateClient();
            var word = "Shutdown" + Guid.NewGuid().ToString("N")[..8];
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/search?q={word}")).StatusCode);

            var slow = client.GetAsync("/test/slow");
            await factory.SlowRequestStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
            var stopping = factory.Host!.StopAsync();

            var response = await slow;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("finished", await response.Content.ReadAsStringAsync());
            await stopping;

            // The host is stopped, so the store is opened afresh, on whichever provider the run uses.
            var settings = factory.StoreSettings;
            var options = new DbContextOptionsBuilder<SignpostDbContext>().UseSignpostStore(
                settings.ContainsKey("Database:ConnectionString") ? StoreProvider.Postgres : StoreProvider.Sqlite,
                settings.TryGetValue("Database:ConnectionString", out var postgres) ? postgres : $"Data Source={Path.Combine(factory.DataPath, "signpost.db")}").Options;
            await using var store = new SignpostDbContext(options);
            Assert.Equal(1, await store.SearchLog.CountAsync(e => e.Text.Contains(word)));
        }
        finally
        {
            await ((IAsyncLifetime)factory).DisposeAsync();
        }
    }
}
