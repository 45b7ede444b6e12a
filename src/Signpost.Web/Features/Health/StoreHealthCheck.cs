using Microsoft.Extensions.Diagnostics.HealthChecks;
using Signpost.Data;

namespace Signpost.Web.Features.Health;

public sealed class StoreHealthCheck(SignpostDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("The store answers.")
                : HealthCheckResult.Unhealthy("The store does not answer.");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("The store failed.", ex);
        }
    }
}
