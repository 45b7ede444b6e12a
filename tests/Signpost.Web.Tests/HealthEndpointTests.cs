using System.Net;
using System.Text.Json;

namespace Signpost.Web.Tests;

[Collection(SignpostSiteCollection.Name)]
public sealed class HealthEndpointTests(SignpostWebFactory factory)
{
    [Fact]
    public async Task Health_reports_a_healthy_store_and_index_with_the_version()
    {
        var response = await factory.CreatePlainClient().GetAsync("/health");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Healthy", root.GetProperty("status").GetString());
        Assert.Equal("Healthy", root.GetProperty("store").GetProperty("status").GetString());
        Assert.Equal("Healthy", root.GetProperty("index").GetProperty("status").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("version").GetString()));
    }

    [Fact]
    public async Task Health_says_where_the_memory_is()
    {
        using var json = JsonDocument.Parse(await factory.CreatePlainClient().GetStringAsync("/health"));
        var memory = json.RootElement.GetProperty("memory");

        var workingSet = memory.GetProperty("working_set_mb").GetDouble();
        var managed = memory.GetProperty("managed_heap_mb").GetDouble();
        var sqlite = memory.GetProperty("sqlite_mb").GetDouble();
        Assert.True(managed > 0 && sqlite > 0, memory.ToString());
        Assert.True(workingSet >= managed, memory.ToString());
        Assert.True(memory.GetProperty("managed_committed_mb").GetDouble() >= managed - 1, memory.ToString());
    }
}
