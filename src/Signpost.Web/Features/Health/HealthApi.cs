using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Signpost.Core.Content;
using Signpost.Data;

namespace Signpost.Web.Features.Health;

public static class HealthApi
{
    private static readonly string Version =
        typeof(HealthApi).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/health", GetHealthAsync).WithName("Health");
        return routes;
    }

    private static async Task<IResult> GetHealthAsync(HealthCheckService checks, SignpostDbContext db, CancellationToken cancellationToken)
    {
        var report = await checks.CheckHealthAsync(cancellationToken);
        var store = report.Entries["store"];
        int? published = store.Status == HealthStatus.Healthy
            ? await db.Services.CountAsync(s => s.Status == ContentStatus.Published, cancellationToken)
            : null;
        var body = new
        {
            status = report.Status.ToString(),
            version = Version,
            store = new { status = store.Status.ToString(), provider = db.Database.ProviderName, description = store.Description },
            // The public pages read published content straight from the store until the search read model lands.
            index = new { status = store.Status.ToString(), source = "store", publishedServices = published },
        };
        return Results.Json(body, statusCode: report.Status == HealthStatus.Healthy ? 200 : 503);
    }
}
