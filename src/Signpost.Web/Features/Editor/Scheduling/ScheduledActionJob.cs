using Microsoft.Extensions.Options;

namespace Signpost.Web.Features.Editor.Scheduling;

/// <summary>Runs due scheduled publishes and withdrawals on every node at the configured interval (30 seconds by default).</summary>
public sealed class ScheduledActionJob(
    ScheduledActionRunner runner,
    IOptions<SchedulingOptions> options,
    TimeProvider clock,
    ILogger<ScheduledActionJob> logger) : BackgroundService
{
    /// <summary>Names this node in ClaimedBy, so an operator can tell which node ran what.</summary>
    private readonly string _node = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            logger.LogInformation("Scheduled publishing is switched off on this node (Signpost:Scheduling:Enabled)");
            return;
        }

        try
        {
            using var timer = new PeriodicTimer(settings.Interval, clock);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await runner.RunDueAsync(_node, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // A store that is briefly down must not stop scheduled changes for good.
                    logger.LogError(ex, "Running scheduled actions failed; trying again in {Interval}", settings.Interval);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
