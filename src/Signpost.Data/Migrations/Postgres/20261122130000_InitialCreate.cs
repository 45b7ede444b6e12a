using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Signpost.Data.Migrations.Postgres;

/// <summary>
/// The whole PostgreSQL schema as of the SQLite migrations up to 20261122120000, generated from the model
/// (<c>GenerateCreateScript()</c> on an Npgsql context). Later model changes add a migration here beside
/// their SQLite one (docs/adr/0008-postgresql-store.md); PostgresMigrationsMatchModelTests guards drift.
/// </summary>
[DbContext(typeof(SignpostDbContext))]
[Migration("20261122130000_InitialCreate")]
public sealed class InitialCreate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("Postgres.20261122130000_InitialCreate.sql"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("The first PostgreSQL migration is not reversed: drop the database instead.");
}
