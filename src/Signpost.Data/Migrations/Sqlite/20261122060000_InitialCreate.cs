using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Signpost.Data.Migrations.Sqlite;

/// <summary>
/// The first SQLite schema. Our package source lacks EF Core's design-time tools, so each
/// migration is a reviewed SQL script beside its class; MigrationsMatchModelTests proves the
/// migrated schema equals the model.
/// </summary>
[DbContext(typeof(SignpostDbContext))]
[Migration("20261122060000_InitialCreate")]
public sealed class InitialCreate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("Sqlite.20261122060000_InitialCreate.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
        {
            "AspNetRoleClaims", "AspNetUserClaims", "AspNetUserLogins", "AspNetUserRoles", "AspNetUserTokens",
            "AspNetRoles", "AspNetUsers", "ServiceLocations", "ServiceTerms", "ServiceClosures", "ServiceSchedules",
            "Services", "Locations", "TaxonomyTerms", "Organisations", "Pages", "Places", "Postcodes", "SynonymGroups",
        })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
