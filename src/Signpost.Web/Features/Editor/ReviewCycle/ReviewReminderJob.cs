using Microsoft.Extensions.Options;

namespace Signpost.Web.Features.Editor.ReviewCycle;

/// <summary>Runs <see cref="ReviewReminderSender"/> on every node at the configured interval (hourly by default).</summary>
public sealed class ReviewReminderJob(
    ReviewReminderSender sender,
    IOptions<ReviewCycleOptions> options,
    TimeProvider clock,
    ILogger<ReviewReminderJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.RemindersEnabled)
        {
            logger.LogInformation("Review reminders are switched off (Signpost:ReviewCycle:RemindersEnabled)");
            return;
        }

        try
        {
            await Task.Delay(settings.FirstRunDelay, clock, stoppingToken);
            using var timer = new PeriodicTimer(settings.ReminderInterval, clock);
            do
            {
                try
                {
                    await sender.SendDueRemindersAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // Keep the schedule: a store or mail server that is briefly down must not stop reminders for good.
                    logger.LogError(ex, "Sending review reminders failed; trying again in {Interval}", settings.ReminderInterval);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
