namespace Signpost.Web.Infrastructure;

/// <summary>
/// A background job that waits a first-run delay, then does its work at an interval until the
/// node stops. A failed run is logged and the next one still comes: a store that is briefly down
/// must not stop the job for good. Each run gets its own DI scope, so the work may use the store.
/// </summary>
public abstract class PeriodicJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>Null when the job is switched off on this node; the reason is logged once.</summary>
    protected abstract (TimeSpan FirstRunDelay, TimeSpan Interval)? Schedule { get; }

    protected abstract string Name { get; }

    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Schedule is not var (firstRunDelay, interval))
        {
            logger.LogInformation("{Job} is switched off on this node", Name);
            return;
        }

        try
        {
            await Task.Delay(firstRunDelay, clock, stoppingToken);
            using var timer = new PeriodicTimer(interval, clock);
            do
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await RunOnceAsync(scope.ServiceProvider, stoppingToken);
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
    }
}
