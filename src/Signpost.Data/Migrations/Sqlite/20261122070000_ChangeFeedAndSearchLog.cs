using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Signpost.Data.Migrations.Sqlite;

/// <summary>The change feed (outbox) that web nodes follow, and the privacy-safe search log.</summary>
[DbContext(typeof(SignpostDbContext))]
[Migration("20261122070000_ChangeFeedAndSearchLog")]
public sealed class ChangeFeedAndSearchLog : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("Sqlite.20261122070000_ChangeFeedAndSearchLog.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("SearchLog");
        migrationBuilder.DropTable("ContentChanges");
    }
}
