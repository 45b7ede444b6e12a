namespace Signpost.Web.Features.Editor.Audit;

/// <summary>Runs <see cref="AuditRetention"/> shortly after start and then once a day.</summary>
public sealed class AuditRetentionService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AuditRetentionService> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRunDelay = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Not at once: start-up (migrations, seeding, the search index) has the store first.
            await Task.Delay(FirstRunDelay, clock, stoppingToken);
            using var timer = new PeriodicTimer(Interval, clock);
            do
            {
                await PurgeOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task PurgeOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AuditRetention>().PurgeAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failed purge is retried tomorrow; it must not stop the site.
            logger.LogError(ex, "Could not delete old audit entries");
        }
    }
}
