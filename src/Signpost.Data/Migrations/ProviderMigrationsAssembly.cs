using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Signpost.Data.Migrations;

/// <summary>
/// Offers EF only the migrations written for the store in use: those in the namespace
/// <c>Signpost.Data.Migrations.Sqlite</c> or <c>Signpost.Data.Migrations.Postgres</c>. SQLite and
/// PostgreSQL DDL differ, so one assembly holds one set per provider, and ids may repeat across sets.
/// </summary>
internal sealed class ProviderMigrationsAssembly(ICurrentDbContext currentContext) : IMigrationsAssembly
{
    private IReadOnlyDictionary<string, TypeInfo>? migrations;

    public Assembly Assembly => typeof(SignpostDbContext).Assembly;

    public ModelSnapshot? ModelSnapshot => null;

    public IReadOnlyDictionary<string, TypeInfo> Migrations => migrations ??= Find(Folder(currentContext.Context.Database));

    public static string Folder(DatabaseFacade database) =>
        database.IsNpgsql() ? "Postgres"
        : database.IsSqlite() ? "Sqlite"
        : throw new NotSupportedException($"No migrations are written for {database.ProviderName}.");

    public string? FindMigrationId(string nameOrId) =>
        Migrations.Keys.FirstOrDefault(id => string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase))
        ?? Migrations.Keys.FirstOrDefault(id => string.Equals(id[(id.IndexOf('_') + 1)..], nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private IReadOnlyDictionary<string, TypeInfo> Find(string folder)
    {
        var contextType = currentContext.Context.GetType();
        var ns = $"{typeof(ProviderMigrationsAssembly).Namespace}.{folder}";
        return Assembly.DefinedTypes
            .Where(t => t.IsSubclassOf(typeof(Migration)) && !t.IsAbstract && t.Namespace == ns)
            .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType.IsAssignableFrom(contextType) == true)
            .Select(t => (Id: t.GetCustomAttribute<MigrationAttribute>()?.Id, Type: t))
            .Where(m => m.Id is not null)
            .OrderBy(m => m.Id, StringComparer.Ordinal)
            .ToDictionary(m => m.Id!, m => m.Type);
    }
}
