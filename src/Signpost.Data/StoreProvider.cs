namespace Signpost.Data;

/// <summary>The stores Signpost runs on: an embedded SQLite file, or PostgreSQL for several nodes.</summary>
public enum StoreProvider
{
    Sqlite,
    Postgres,
}
