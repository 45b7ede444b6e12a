using Microsoft.Extensions.DependencyInjection;
using Signpost.Data;
using Signpost.Web.Infrastructure.ScaleOut;
using Signpost.Web.Tests.Search;

namespace Signpost.Web.Tests.ScaleOut;

/// <summary>Two nodes racing for a job's lease: one wins, the other waits until it expires or is given up.</summary>
public sealed class JobLeasesTests(SignpostWebFactory factory) : IClassFixture<SignpostWebFactory>
{
    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Of_two_nodes_racing_for_a_lease_exactly_one_holds_it_until_it_expires()
    {
        var job = "race-" + Guid.NewGuid().ToString("N");
        var clock = new SettableClock { FixedAt = DateTimeOffset.UtcNow };
        var nodeA = new NodeIdentity();
        var nodeB = new NodeIdentity();

        // Many attempts at once from both nodes, each on its own connection, as two processes would.
        var attempts = Enumerable.Range(0, 20).Select(i => TryAcquireAsync(i % 2 == 0 ? nodeA : nodeB, clock, job)).ToList();
        var results = await Task.WhenAll(attempts);
        var winners = results.Where(r => r.Acquired).Select(r => r.Node).Distinct().ToList();

        var winner = Assert.Single(winners);
        var loser = winner == nodeA ? nodeB : nodeA;
        Assert.True((await TryAcquireAsync(winner, clock, job)).Acquired, "The holder renews its own lease");
        Assert.False((await TryAcquireAsync(loser, clock, job)).Acquired, "The other node may not take a lease that has not expired");

        clock.FixedAt += Duration + TimeSpan.FromSeconds(1);
        Assert.True((await TryAcquireAsync(loser, clock, job)).Acquired, "An expired lease is taken over");
        Assert.False((await TryAcquireAsync(winner, clock, job)).Acquired, "The old holder lost it");
        Assert.Equal(loser.Name, await UseAsync(loser, clock, leases => leases.HolderAsync(job, CancellationToken.None)));
    }

    [Fact]
    public async Task A_lease_given_up_on_shutdown_is_taken_at_once()
    {
        var job = "release-" + Guid.NewGuid().ToString("N");
        var clock = new SettableClock { FixedAt = DateTimeOffset.UtcNow };
        var (holder, other) = (new NodeIdentity(), new NodeIdentity());
        Assert.True((await TryAcquireAsync(holder, clock, job)).Acquired);
        Assert.False((await TryAcquireAsync(other, clock, job)).Acquired);

        await UseAsync(other, clock, leases => leases.ReleaseAsync(job, CancellationToken.None));
        Assert.False((await TryAcquireAsync(other, clock, job)).Acquired, "Only the holder can give a lease up");

        await UseAsync(holder, clock, leases => leases.ReleaseAsync(job, CancellationToken.None));
        Assert.True((await TryAcquireAsync(other, clock, job)).Acquired);
    }

    private Task<(NodeIdentity Node, bool Acquired)> TryAcquireAsync(NodeIdentity node, TimeProvider clock, string job) =>
        UseAsync(node, clock, async leases => (node, await leases.TryAcquireAsync(job, Duration, CancellationToken.None)));

    private async Task<T> UseAsync<T>(NodeIdentity node, TimeProvider clock, Func<JobLeases, Task<T>> use)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await use(new JobLeases(scope.ServiceProvider.GetRequiredService<SignpostDbContext>(), node, clock));
    }

    private async Task UseAsync(NodeIdentity node, TimeProvider clock, Func<JobLeases, Task> use) =>
        await UseAsync(node, clock, async leases =>
        {
            await use(leases);
            return true;
        });
}
