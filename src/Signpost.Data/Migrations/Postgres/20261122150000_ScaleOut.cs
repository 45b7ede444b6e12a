using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Signpost.Data.Migrations.Postgres;

/// <summary>Data Protection keys in the store, shared by every web node, and the job leases that keep each background job on one node.</summary>
[DbContext(typeof(SignpostDbContext))]
[Migration("20261122150000_ScaleOut")]
public sealed class ScaleOut : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("Postgres.20261122150000_ScaleOut.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("JobLeases");
        migrationBuilder.DropTable("DataProtectionKeys");
    }
}
