using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;
using Signpost.Data.Migrations;

namespace Signpost.Data;

/// <summary>The one place that points EF Core at a store, shared by the site, its verbs and the tests.</summary>
public static class StoreOptionsBuilderExtensions
{
    public static DbContextOptionsBuilder<TContext> UseSignpostStore<TContext>(this DbContextOptionsBuilder<TContext> options, StoreProvider provider, string connectionString)
        where TContext : DbContext
    {
        ((DbContextOptionsBuilder)options).UseSignpostStore(provider, connectionString);
        return options;
    }

    public static DbContextOptionsBuilder UseSignpostStore(this DbContextOptionsBuilder options, StoreProvider provider, string connectionString)
    {
        _ = provider switch
        {
            StoreProvider.Postgres => options.UseNpgsql(connectionString),
            _ => options.UseSqlite(connectionString),
        };

        // Each provider has its own migrations (Migrations/Sqlite, Migrations/Postgres) in this one assembly.
        options.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();

        // Migrations are reviewed SQL scripts without a model snapshot; MigrationsMatchModelTests guards drift instead.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return options;
    }
}
