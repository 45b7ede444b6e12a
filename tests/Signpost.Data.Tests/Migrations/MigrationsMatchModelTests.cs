using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Signpost.Data.Tests.Migrations;

/// <summary>
/// Our migrations are hand-reviewed SQL (EF's design-time tools are not on our package source),
/// so this proves that migrating an empty database gives exactly the schema the model describes.
/// </summary>
public class MigrationsMatchModelTests
{
    [SqliteOnlyFact]
    public async Task Migrated_schema_equals_the_schema_the_model_creates()
    {
        using var migrated = await SqliteStore.MigratedAsync();
        using var created = new SqliteStore();
        await using (var db = created.NewContext())
        {
            await db.Database.EnsureCreatedAsync();
        }

        var expected = await SchemaAsync(created.ConnectionString);
        var actual = await SchemaAsync(migrated.ConnectionString);

        Assert.Equal(expected, actual);
    }

    [SqliteOnlyFact]
    public async Task Migrating_twice_is_a_no_op()
    {
        using var store = await SqliteStore.MigratedAsync();
        await using var db = store.NewContext();

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }

    private static async Task<List<string>> SchemaAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%' ORDER BY type, name";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var sql = reader.IsDBNull(2) ? "" : Normalise(reader.GetString(2));
            rows.Add($"{reader.GetString(0)} {reader.GetString(1)}: {sql}");
        }

        return rows;
    }

    // SQLite keeps an added column's text as "<old text>\n, <column>)": only the spacing differs from a fresh CREATE.
    private static string Normalise(string sql) =>
        System.Text.RegularExpressions.Regex.Replace(
            string.Join(' ', sql.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), @"\s*([(),])\s*", "$1");
}
