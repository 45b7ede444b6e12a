using Signpost.Web.Infrastructure.ScaleOut;

namespace Signpost.Web.Infrastructure;

/// <summary>
/// A background job that waits a first-run delay, then does its work at an interval until the
/// node stops. A failed run is logged and the next one still comes: a store that is briefly down
/// must not stop the job for good. Each run gets its own DI scope, so the work may use the store.
/// </summary>
/// <remarks>
/// Every node runs the timer, but only the node holding the job's lease (<see cref="JobLeases"/>)
/// does the work. The holder renews the lease at each run, for an interval and a half, so another
/// node takes over within that time when the holder stops; a node that stops cleanly gives it up.
/// </remarks>
public abstract class PeriodicJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>Null when the job is switched off on this node; the reason is logged once.</summary>
    protected abstract (TimeSpan FirstRunDelay, TimeSpan Interval)? Schedule { get; }

    protected abstract string Name { get; }

    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    public static TimeSpan LeaseFor(TimeSpan interval) => interval + interval / 2;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Schedule is not var (firstRunDelay, interval))
        {
            logger.LogInformation("{Job} is switched off on this node", Name);
            return;
        }

        var held = false;
        try
        {
            await Task.Delay(firstRunDelay, clock, stoppingToken);
            using var timer = new PeriodicTimer(interval, clock);
            do
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    held = await scope.ServiceProvider.GetRequiredService<JobLeases>().TryAcquireAsync(Name, LeaseFor(interval), stoppingToken);
                    if (held)
                    {
                        await RunOnceAsync(scope.ServiceProvider, stoppingToken);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(ex, "{Job} failed; trying again in {Interval}", Name, interval);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        if (held)
        {
            await ReleaseAsync();
        }
    }

    private async Task ReleaseAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<JobLeases>().ReleaseAsync(Name, timeout.Token);
        }
        catch (Exception ex)
        {
            // The lease then simply expires.
            logger.LogWarning(ex, "Could not give up the lease of {Job}", Name);
        }
    }
}
