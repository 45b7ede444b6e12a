namespace Signpost.Data;

/// <summary>Reads a configured provider name; PostgreSQL is accepted under both of its usual names.</summary>
public static class StoreProviders
{
    public const string Names = "Sqlite, Postgres or PostgreSQL";

    public static bool TryParse(string? name, out StoreProvider provider)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "sqlite":
                provider = StoreProvider.Sqlite;
                return true;
            case "postgres" or "postgresql":
                provider = StoreProvider.Postgres;
                return true;
            default:
                provider = default;
                return false;
        }
    }

    public static StoreProvider Parse(string? name) => TryParse(name, out var provider)
        ? provider
        : throw new ArgumentException($"Database:Provider must be {Names}, not '{name}'.", nameof(name));
}
