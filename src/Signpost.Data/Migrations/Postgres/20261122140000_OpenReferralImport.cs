using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Signpost.Data.Migrations.Postgres;

/// <summary>Imported services, organisations and venues remember the feed and the id they came from, so a second import updates them.</summary>
[DbContext(typeof(SignpostDbContext))]
[Migration("20261122140000_OpenReferralImport")]
public sealed class OpenReferralImport : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("Postgres.20261122140000_OpenReferralImport.sql"));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable("ImportLinks");
}
