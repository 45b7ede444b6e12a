using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Signpost.Web.Tests.Search;

/// <summary>
/// The seeded app with a clock the test sets, for "open now" at a fixed moment. Read-only, like the
/// shared site; only the classes that need a clock use it.
/// </summary>
public sealed class FixedClockSiteFactory : SignpostWebFactory
{
    public SettableClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}

/// <summary>
/// A second web node on another node's store: same Signpost:DataPath (and database on PostgreSQL), no
/// seeding. It learns of the other node's changes only by polling the change feed.
/// </summary>
public sealed class SecondNodeFactory(SignpostWebFactory node) : SignpostWebFactory(new Dictionary<string, string>(node.StoreSettings)
{
    ["Signpost:DataPath"] = node.DataPath,
    ["Signpost:SeedOnStart"] = "false",
});
