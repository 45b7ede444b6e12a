using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Signpost.Data.Tests;

/// <summary>A real SQLite database file, migrated the way the site migrates it; for tests of SQLite itself (see <see cref="TestStore"/>).</summary>
internal sealed class SqliteStore : IDisposable
{
    private readonly TempFolder folder = new();

    public string ConnectionString => $"Data Source={folder.File("signpost.db")};Pooling=False";

    public SignpostDbContext NewContext() => new(new DbContextOptionsBuilder<SignpostDbContext>()
        .UseSignpostStore(StoreProvider.Sqlite, ConnectionString)
        .Options);

    public static async Task<SqliteStore> MigratedAsync()
    {
        var store = new SqliteStore();
        await using var db = store.NewContext();
        await db.Database.MigrateAsync();
        return store;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
