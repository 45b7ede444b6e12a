using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Signpost.Data.Migrations.Sqlite;

/// <summary>Feedback from young people and parents, its moderation, "you said, we did", listing problem reports and safeguarding phrases.</summary>
[DbContext(typeof(SignpostDbContext))]
[Migration("20261122110000_FeedbackAndParticipation")]
public sealed class FeedbackAndParticipation : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("Sqlite.20261122110000_FeedbackAndParticipation.sql"));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
                 {
                     "FeedbackResponseThemes", "FeedbackReplyRequests", "FeedbackModerationEvents", "YouSaidWeDid",
                     "ListingProblemReports", "FeedbackResponses", "SafeguardingPhrases", "FeedbackThemes",
                 })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
