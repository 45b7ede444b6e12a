using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Signpost.Data;

namespace Signpost.Web.Features.Editor.Audit;

/// <summary>Deletes audit entries older than the retention period. Idempotent, so two nodes running it at once is harmless.</summary>
public sealed class AuditRetention(SignpostDbContext db, IOptions<AuditOptions> options, TimeProvider clock, ILogger<AuditRetention> logger)
{
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.RetentionDays);
        var deleted = await db.AuditLog.Where(e => e.At < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Count} audit entries from before {Cutoff:u}", deleted, cutoff);
        }

        return deleted;
    }
}
