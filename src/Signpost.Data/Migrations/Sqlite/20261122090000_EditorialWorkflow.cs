using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Signpost.Data.Migrations.Sqlite;

/// <summary>The editor back office: versions, slug redirects, the audit log, invitations, scheduled publishing, review reminders, trusted organisations.</summary>
[DbContext(typeof(SignpostDbContext))]
[Migration("20261122090000_EditorialWorkflow")]
public sealed class EditorialWorkflow : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("Sqlite.20261122090000_EditorialWorkflow.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "ReviewReminders", "ScheduledActions", "Invitations", "SlugRedirects", "ContentVersions", "AuditLog" })
        {
            migrationBuilder.DropTable(table);
        }

        migrationBuilder.DropColumn("IsTrusted", "Organisations");
    }
}
