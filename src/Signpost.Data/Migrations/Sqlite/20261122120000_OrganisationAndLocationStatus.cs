using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Signpost.Data.Migrations.Sqlite;

/// <summary>Organisations and venues can be withdrawn from the public site and restored; every existing one stays published.</summary>
[DbContext(typeof(SignpostDbContext))]
[Migration("20261122120000_OrganisationAndLocationStatus")]
public sealed class OrganisationAndLocationStatus : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("Sqlite.20261122120000_OrganisationAndLocationStatus.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("Status", "Organisations");
        migrationBuilder.DropColumn("Status", "Locations");
    }
}
