using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Signpost.Data.Tests.Migrations;

/// <summary>
/// The organisation and venue status column is added to tables that already hold the live
/// directory, so rows stored before it must come out published, not withdrawn or unreadable.
/// </summary>
public class StatusMigrationTests
{
    [SqliteOnlyFact]
    public async Task Organisations_and_venues_stored_before_the_status_migration_stay_published()
    {
        using var store = new SqliteStore();
        await using (var db = store.NewContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261122110000_FeedbackAndParticipation");
        }

        await ExecuteAsync(store, """
            INSERT INTO "Organisations" ("Id", "Slug", "Name", "Type", "Description", "LastModified")
            VALUES ('6F1B0C2E-0000-4000-8000-000000000001', 'old-org', 'Old organisation', 'Voluntary', '', '2026-01-01 00:00:00+00:00');
            INSERT INTO "Locations" ("Id", "Slug", "Name", "Address", "Town", "Postcode", "Latitude", "Longitude", "Accessibility", "LastModified")
            VALUES ('6F1B0C2E-0000-4000-8000-000000000002', 'old-venue', 'Old venue', '', 'Widnes', 'WA8 7QE', 53.36, -2.73, '[]', '2026-01-01 00:00:00+00:00');
            """);
        await using (var db = store.NewContext())
        {
            await db.Database.MigrateAsync();
        }

        Assert.Equal("Published", await ExecuteAsync(store, "SELECT \"Status\" FROM \"Organisations\" WHERE \"Slug\" = 'old-org'"));
        Assert.Equal("Published", await ExecuteAsync(store, "SELECT \"Status\" FROM \"Locations\" WHERE \"Slug\" = 'old-venue'"));
    }

    private static async Task<string?> ExecuteAsync(SqliteStore store, string sql)
    {
        await using var connection = new SqliteConnection(store.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
