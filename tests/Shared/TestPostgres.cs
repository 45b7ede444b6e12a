using Microsoft.EntityFrameworkCore;
using Npgsql;
using Signpost.Data;

namespace Signpost.Tests.Shared;

/// <summary>
/// Which store the DB-backed tests run on, and fresh PostgreSQL databases for them. test.sh runs the
/// store-backed projects once on SQLite and again with SIGNPOST_TEST_PROVIDER=Postgres against the
/// throwaway server it exports as SIGNPOST_TEST_POSTGRES. Each fixture gets its own database, copied
/// from a template this process migrates once (CREATE DATABASE ... TEMPLATE is a file copy, far
/// quicker than migrating each time), and dropped when the fixture is disposed.
/// </summary>
public static class TestPostgres
{
    public const string ProviderVariable = "SIGNPOST_TEST_PROVIDER";
    public const string ServerVariable = "SIGNPOST_TEST_POSTGRES";

    private static readonly Lock Gate = new();
    private static string? template;

    public static StoreProvider Provider { get; } =
        StoreProviders.TryParse(Environment.GetEnvironmentVariable(ProviderVariable) ?? "Sqlite", out var provider)
            ? provider
            : throw new InvalidOperationException($"{ProviderVariable} must be {StoreProviders.Names}.");

    public static bool IsPostgres => Provider == StoreProvider.Postgres;

    /// <summary>The server's connection string, or null outside CI when no server was given.</summary>
    public static string? Server
    {
        get
        {
            var server = Environment.GetEnvironmentVariable(ServerVariable);
            if (string.IsNullOrWhiteSpace(server) && (IsPostgres || IsCi))
            {
                throw new InvalidOperationException($"{ServerVariable} is not set: run the tests through ./test.sh, or point it at a PostgreSQL server.");
            }

            return string.IsNullOrWhiteSpace(server) ? null : server;
        }
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A new, migrated, empty database; returns its connection string.</summary>
    public static string CreateDatabase()
    {
        var from = Template();
        var name = "signpost_t_" + Guid.NewGuid().ToString("N");
        Execute($"CREATE DATABASE \"{name}\" TEMPLATE \"{from}\"");
        return ConnectionStringFor(name);
    }

    /// <summary>A new database with no tables at all, for tests of migrating itself.</summary>
    public static string CreateEmptyDatabase()
    {
        var name = "signpost_e_" + Guid.NewGuid().ToString("N");
        Execute($"CREATE DATABASE \"{name}\"");
        return ConnectionStringFor(name);
    }

    public static void DropDatabase(string connectionString)
    {
        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    public static SignpostDbContext NewContext(string connectionString) => new(
        new DbContextOptionsBuilder<SignpostDbContext>().UseSignpostStore(StoreProvider.Postgres, connectionString).Options);

    private static string Template()
    {
        lock (Gate)
        {
            if (template is not null)
            {
                return template;
            }

            var name = $"signpost_template_{Environment.ProcessId}_{Guid.NewGuid():N}"[..48];
            Execute($"CREATE DATABASE \"{name}\"");
            var connectionString = ConnectionStringFor(name);
            using (var db = NewContext(connectionString))
            {
                db.Database.Migrate();
            }

            // CREATE DATABASE ... TEMPLATE refuses while anyone is connected to the template.
            using (var connection = new NpgsqlConnection(connectionString))
            {
                NpgsqlConnection.ClearPool(connection);
            }

            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                try
                {
                    Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                }
                catch (NpgsqlException)
                {
                    // The server may already be gone at the end of a run; test.sh deletes it anyway.
                }
            };
            template = name;
            return name;
        }
    }

    private static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = database }.ConnectionString;

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
