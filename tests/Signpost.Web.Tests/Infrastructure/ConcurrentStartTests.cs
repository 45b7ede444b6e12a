using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;

namespace Signpost.Web.Tests.Infrastructure;

/// <summary>Several nodes started together on one empty PostgreSQL store: all start, and the store is migrated and seeded once.</summary>
public sealed class ConcurrentStartTests
{
    [PostgresFact]
    public async Task Two_nodes_starting_together_on_an_empty_store_both_start_and_seed_it_once()
    {
        var store = TestPostgres.CreateEmptyDatabase();
        var settings = new Dictionary<string, string> { ["Database:Provider"] = "Postgres", ["Database:ConnectionString"] = store };
        var first = new NodeFactory(settings);
        var second = new NodeFactory(settings);
        try
        {
            await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));

            var (scope, db) = first.OpenStore();
            await using (scope)
            {
                var slugs = await db.Services.Select(s => s.Slug).ToListAsync();
                Assert.True(slugs.Count >= 120, $"Only {slugs.Count} services were seeded.");
                Assert.Equal(slugs.Count, slugs.Distinct().Count());
                Assert.Equal(Roles.All.Count, await db.Roles.CountAsync());
            }

            Assert.Equal(HttpStatusCode.OK, (await second.CreatePlainClient().GetAsync("/health/ready")).StatusCode);
        }
        finally
        {
            await ((IAsyncLifetime)first).DisposeAsync();
            await ((IAsyncLifetime)second).DisposeAsync();
            TestPostgres.DropDatabase(store);
        }
    }

    private sealed class NodeFactory(Dictionary<string, string> settings) : SignpostWebFactory(settings);
}
