using System.Net;
using Microsoft.Data.Sqlite;

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

            await using var store = new SqliteConnection($"Data Source={Path.Combine(factory.DataPath, "signpost.db")}");
            await store.OpenAsync();
            await using var count = store.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM SearchLog WHERE Text LIKE $word";
            count.Parameters.AddWithValue("$word", "%" + word + "%");
            Assert.Equal(1L, (long)(await count.ExecuteScalarAsync())!);
        }
        finally
        {
            await ((IAsyncLifetime)factory).DisposeAsync();
        }
    }
}
