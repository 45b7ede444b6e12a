using Microsoft.EntityFrameworkCore;
using Signpost.Data.OpenReferralImport;

namespace Signpost.Data.Tests.OpenReferralImport;

/// <summary>Runs imports against a migrated store and counts what the store holds, to show what an import changed.</summary>
internal static class ImportStore
{
    public static async Task<ImportReport> ImportAsync(SqliteStore store, string path, ImportOptions? options = null, FeedFormat? format = null)
    {
        await using var db = store.NewContext();
        return await new OpenReferralImporter(db, TimeProvider.System).ImportAsync(FeedReader.Read(path, format), options ?? new ImportOptions("test-feed"));
    }

    /// <summary>Row counts of everything an import writes, and each service's content, so two states can be compared.</summary>
    public static async Task<string> StateAsync(SqliteStore store)
    {
        await using var db = store.NewContext();
        var services = await db.Services.AsNoTracking().Include(s => s.Terms).Include(s => s.Locations).Include(s => s.Schedules).AsSplitQuery().OrderBy(s => s.Slug).ToListAsync();
        var lines = new List<string>
        {
            $"services {services.Count}",
            $"organisations {await db.Organisations.CountAsync()}",
            $"locations {await db.Locations.CountAsync()}",
            $"terms {await db.TaxonomyTerms.CountAsync()}",
            $"versions {await db.ContentVersions.CountAsync()}",
            $"audit {await db.AuditLog.CountAsync()}",
            $"changes {await db.ContentChanges.CountAsync()}",
            $"links {await db.ImportLinks.CountAsync()}",
        };
        lines.AddRange(services.Select(s => $"{s.Slug} {s.Status} {s.LastModified:O} {Core.Editorial.Snapshots.ServiceSnapshotMapping.ToSnapshot(s).ToJson()}"));
        return string.Join('\n', lines);
    }
}
