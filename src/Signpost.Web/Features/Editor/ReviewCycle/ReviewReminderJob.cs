using Microsoft.Extensions.Options;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Editor.ReviewCycle;

/// <summary>Runs <see cref="ReviewReminderSender"/> at the configured interval (hourly by default), on the node holding its lease.</summary>
public sealed class ReviewReminderJob(
    IServiceScopeFactory scopes,
    ReviewReminderSender sender,
    IOptions<ReviewCycleOptions> options,
    TimeProvider clock,
    ILogger<ReviewReminderJob> logger) : PeriodicJob(scopes, clock, logger)
{
    protected override (TimeSpan FirstRunDelay, TimeSpan Interval)? Schedule =>
        options.Value.RemindersEnabled ? (options.Value.FirstRunDelay, options.Value.ReminderInterval) : null;

    protected override string Name => "Review reminders";

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        sender.SendDueRemindersAsync(cancellationToken);
}
