using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Signpost.Data.Tests;

/// <summary>A real SQLite database file, migrated the way the site migrates it.</summary>
internal sealed class SqliteStore : IDisposable
{
    private readonly TempFolder folder = new();

    public string ConnectionString => $"Data Source={folder.File("signpost.db")};Pooling=False";

    public SignpostDbContext NewContext() => new(new DbContextOptionsBuilder<SignpostDbContext>()
        .UseSqlite(ConnectionString)
        .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
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
