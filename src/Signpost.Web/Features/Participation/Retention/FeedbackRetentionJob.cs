using Microsoft.Extensions.Options;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Participation.Retention;

/// <summary>Runs <see cref="FeedbackRetention"/> at the configured interval on every node where it is enabled (Signpost:Feedback:Retention:Enabled).</summary>
public sealed class FeedbackRetentionJob(
    IServiceScopeFactory scopes,
    IOptions<FeedbackRetentionOptions> options,
    TimeProvider clock,
    ILogger<FeedbackRetentionJob> logger) : PeriodicJob(scopes, clock, logger)
{
    private readonly ILogger _logger = logger;

    protected override (TimeSpan FirstRunDelay, TimeSpan Interval)? Schedule =>
        options.Value.Enabled ? (options.Value.FirstRunDelay, options.Value.Interval) : null;

    protected override string Name => "Feedback retention";

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<FeedbackRetention>().RunAsync(cancellationToken);
        _logger.LogInformation("Feedback retention removed {Texts} texts and {Emails} reply emails", result.TextsRemoved, result.ReplyEmailsDeleted);
    }
}
