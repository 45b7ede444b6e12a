using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Signpost.Data.Tests.Migrations;

/// <summary>
/// The PostgreSQL migrations are SQL too (Migrations/Postgres), so this proves that migrating an empty
/// PostgreSQL database gives exactly the tables, columns, defaults, constraints and indexes the model creates.
/// Runs whenever a server is given, in the SQLite run as well.
/// </summary>
public sealed class PostgresMigrationsMatchModelTests
{
    [PostgresFact]
    public async Task Migrated_schema_equals_the_schema_the_model_creates()
    {
        var migrated = TestPostgres.CreateEmptyDatabase();
        var created = TestPostgres.CreateEmptyDatabase();
        try
        {
            await using (var db = TestPostgres.NewContext(migrated))
            {
                await db.Database.MigrateAsync();
            }

            await using (var db = TestPostgres.NewContext(created))
            {
                await db.Database.EnsureCreatedAsync();
            }

            var expected = await SchemaAsync(created);
            var actual = await SchemaAsync(migrated);

            Assert.Contains(expected, row => row.StartsWith("column ContentChanges.Sequence bigint", StringComparison.Ordinal));
            Assert.Equal(expected, actual);
        }
        finally
        {
            TestPostgres.DropDatabase(migrated);
            TestPostgres.DropDatabase(created);
        }
    }

    [PostgresFact]
    public async Task Migrating_twice_is_a_no_op_and_applies_only_postgres_migrations()
    {
        var store = TestPostgres.CreateEmptyDatabase();
        try
        {
            await using var db = TestPostgres.NewContext(store);
            await db.Database.MigrateAsync();
            await db.Database.MigrateAsync();

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
            Assert.Contains("20261122130000_InitialCreate", applied);
            Assert.DoesNotContain("20261122060000_InitialCreate", applied);
        }
        finally
        {
            TestPostgres.DropDatabase(store);
        }
    }

    private static async Task<List<string>> SchemaAsync(string connectionString)
    {
        const string sql = """
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || coalesce(character_maximum_length::text, '')
                || ' ' || is_nullable || ' ' || coalesce(column_default, '') || ' ' || is_identity
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory'
            UNION ALL
            SELECT 'constraint ' || rel.relname || '.' || con.conname || ' ' || pg_get_constraintdef(con.oid)
            FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace ns ON ns.oid = rel.relnamespace
            WHERE ns.nspname = 'public' AND rel.relname <> '__EFMigrationsHistory'
            UNION ALL
            SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory'
            ORDER BY 1
            """;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
