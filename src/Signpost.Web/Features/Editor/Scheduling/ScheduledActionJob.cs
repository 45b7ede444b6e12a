using Microsoft.Extensions.Options;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Editor.Scheduling;

/// <summary>Runs due scheduled publishes and withdrawals at the configured interval (30 seconds by default), on the node holding its lease.</summary>
public sealed class ScheduledActionJob(
    IServiceScopeFactory scopes,
    ScheduledActionRunner runner,
    IOptions<SchedulingOptions> options,
    TimeProvider clock,
    ILogger<ScheduledActionJob> logger) : PeriodicJob(scopes, clock, logger)
{
    /// <summary>Names this node in ClaimedBy, so an operator can tell which node ran what.</summary>
    private readonly string _node = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    protected override (TimeSpan FirstRunDelay, TimeSpan Interval)? Schedule =>
        options.Value.Enabled ? (options.Value.Interval, options.Value.Interval) : null;

    protected override string Name => "Scheduled publishing";

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        runner.RunDueAsync(_node, cancellationToken);
}
