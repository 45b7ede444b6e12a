using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Signpost.Web.Features.Editor.Scheduling;
using Signpost.Web.Tests.Search;

namespace Signpost.Web.Tests.Editor.Scheduling;

/// <summary>
/// The seeded app with a clock the test moves. The 30-second job is off: tests run the due actions
/// themselves, from as many "nodes" as they like, after moving the clock past the scheduled time.
/// </summary>
public class SchedulingSiteFactory : SignpostWebFactory
{
    public SchedulingSiteFactory()
        : this(new Dictionary<string, string>())
    {
    }

    protected SchedulingSiteFactory(IReadOnlyDictionary<string, string> settings)
        : base(new Dictionary<string, string>(settings) { ["Signpost:Scheduling:Enabled"] = settings.GetValueOrDefault("Signpost:Scheduling:Enabled", "false") })
    {
    }

    public SettableClock Clock { get; } = new();

    /// <summary>A runner as one node would have it: its own instance over the app's store and clock.</summary>
    public ScheduledActionRunner NewNode() =>
        new(Services.GetRequiredService<IServiceScopeFactory>(), Clock, NullLogger<ScheduledActionRunner>.Instance);

    /// <summary>Runs what is due as if <paramref name="after"/> has passed, then puts the real time back.</summary>
    public async Task<int> RunDueAtAsync(DateTimeOffset after, string node = "test-node")
    {
        Clock.FixedAt = after;
        try
        {
            return await NewNode().RunDueAsync(node, CancellationToken.None);
        }
        finally
        {
            Clock.FixedAt = null;
        }
    }

    /// <summary>
    /// Two nodes looking at the same moment, <paramref name="after"/>: node a once, node b twice, all
    /// at once. Returns how many actions each call ran.
    /// </summary>
    public async Task<int[]> RaceAtAsync(DateTimeOffset after)
    {
        Clock.FixedAt = after;
        try
        {
            var a = NewNode();
            var b = NewNode();
            return await Task.WhenAll(a.RunDueAsync("node-a", CancellationToken.None), b.RunDueAsync("node-b", CancellationToken.None), b.RunDueAsync("node-b", CancellationToken.None));
        }
        finally
        {
            Clock.FixedAt = null;
        }
    }

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
