using Microsoft.Extensions.Options;

namespace Signpost.Web.Features.Participation.Retention;

/// <summary>Runs <see cref="FeedbackRetention"/> at the configured interval on every node where it is enabled.</summary>
public sealed class FeedbackRetentionJob(
    IServiceScopeFactory scopes,
    IOptions<FeedbackRetentionOptions> options,
    TimeProvider clock,
    ILogger<FeedbackRetentionJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            logger.LogInformation("Feedback retention is switched off (Signpost:Feedback:Retention:Enabled)");
            return;
        }

        try
        {
            await Task.Delay(settings.FirstRunDelay, clock, stoppingToken);
            using var timer = new PeriodicTimer(settings.Interval, clock);
            do
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var result = await scope.ServiceProvider.GetRequiredService<FeedbackRetention>().RunAsync(stoppingToken);
                    logger.LogInformation("Feedback retention removed {Texts} texts and {Emails} reply emails", result.TextsRemoved, result.ReplyEmailsDeleted);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // Keep the schedule: a store that is briefly down must not stop retention for good.
                    logger.LogError(ex, "Feedback retention failed; trying again in {Interval}", settings.Interval);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
