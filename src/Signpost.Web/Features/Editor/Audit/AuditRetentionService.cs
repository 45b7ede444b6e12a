using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Editor.Audit;

/// <summary>Runs <see cref="AuditRetention"/> shortly after start and then once a day, on the node holding its lease.</summary>
public sealed class AuditRetentionService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AuditRetentionService> logger) : PeriodicJob(scopes, clock, logger)
{
    // Not at once: start-up (migrations, seeding, the search index) has the store first.
    protected override (TimeSpan FirstRunDelay, TimeSpan Interval)? Schedule => (TimeSpan.FromMinutes(5), TimeSpan.FromDays(1));

    protected override string Name => "Audit retention";

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<AuditRetention>().PurgeAsync(cancellationToken);
}
