using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Signpost.Data.Migrations.Postgres;

/// <summary>Where each imported term came from, and the directory managers' mappings of imported terms to ours.</summary>
[DbContext(typeof(SignpostDbContext))]
[Migration("20261122160000_ImportedTermMappings")]
public sealed class ImportedTermMappings : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("Postgres.20261122160000_ImportedTermMappings.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("TermMappings");
        migrationBuilder.DropTable("ImportedTermOrigins");
    }
}
