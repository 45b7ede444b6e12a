namespace Signpost.Tests.Shared;

/// <summary>A test of SQLite itself (its files, its migration scripts): skipped in the PostgreSQL run, and only there.</summary>
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute()
    {
        if (TestPostgres.IsPostgres)
        {
            Skip = "Tests SQLite itself; this run uses PostgreSQL.";
        }
    }
}
