using Microsoft.EntityFrameworkCore;

namespace Signpost.Data.Tests;

/// <summary>
/// A real, migrated store on the provider this run tests (SIGNPOST_TEST_PROVIDER): a SQLite file, or a
/// fresh PostgreSQL database dropped on dispose.
/// </summary>
internal sealed class TestStore : IDisposable
{
    private readonly SqliteStore? sqlite;
    private readonly string? postgres;

    private TestStore(SqliteStore? sqlite, string? postgres)
    {
        this.sqlite = sqlite;
        this.postgres = postgres;
    }

    public SignpostDbContext NewContext() => sqlite?.NewContext() ?? TestPostgres.NewContext(postgres!);

    public static async Task<TestStore> MigratedAsync() => TestPostgres.IsPostgres
        ? new TestStore(null, TestPostgres.CreateDatabase())
        : new TestStore(await SqliteStore.MigratedAsync(), null);

    public void Dispose()
    {
        sqlite?.Dispose();
        if (postgres is not null)
        {
            TestPostgres.DropDatabase(postgres);
        }
    }
}
