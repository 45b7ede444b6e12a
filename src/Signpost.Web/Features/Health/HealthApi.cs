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

        // For load balancers and orchestrators: live means the process answers (restart it if not); ready
        // means the store answers and the index is built. While the store is down a node is live but not
        // ready, and still serves public pages and search read-only.
        routes.MapGet("/health/live", () => Results.Json(new { status = "Healthy" })).WithName("HealthLive");
        routes.MapGet("/health/ready", GetReadyAsync).WithName("HealthReady");
        return routes;
    }

    private static async Task<IResult> GetReadyAsync(HealthCheckService checks, Search.SearchIndexHolder index, CancellationToken cancellationToken)
    {
        var report = await checks.CheckHealthAsync(cancellationToken);
        var ready = report.Status == HealthStatus.Healthy && index.IsReady;
        var body = new
        {
            status = ready ? "Healthy" : "Unhealthy",
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
            index = index.IsReady ? "Healthy" : "Unhealthy",
        };
        return Results.Json(body, statusCode: ready ? 200 : 503);
    }

    // Where a node's memory is: the managed heap (documents, postings, columns) or SQLite's own (the FTS5 index and the readers' page caches).
    private static object MemoryNow()
    {
        var gc = GC.GetGCMemoryInfo();
        const double Mb = 1024 * 1024;
        return new
        {
            working_set_mb = Math.Round(Environment.WorkingSet / Mb, 1),
            managed_heap_mb = Math.Round(gc.HeapSizeBytes / Mb, 1),
            managed_committed_mb = Math.Round(gc.TotalCommittedBytes / Mb, 1),
            sqlite_mb = Math.Round(SQLitePCL.raw.sqlite3_memory_used() / Mb, 1),
        };
    }

    private static async Task<IResult> GetHealthAsync(HealthCheckService checks, SignpostDbContext db, Search.SearchIndexHolder index, CancellationToken cancellationToken)
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
            store_published_services = published,
            index = new
            {
                status = index.IsReady ? "Healthy" : "Unhealthy",
                services = index.IsReady ? index.Current.Count : (int?)null,
                last_change = index.LastSequence,
                built_at = index.BuiltAt,
                build_ms = index.BuildTime is { } t ? Math.Round(t.TotalMilliseconds) : (double?)null,
            },
            memory = MemoryNow(),
        };
        return Results.Json(body, statusCode: report.Status == HealthStatus.Healthy ? 200 : 503);
    }
}
