using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Feedback;
using Signpost.Web.Tests.Account;
using Signpost.Web.Tests.Editor;

namespace Signpost.Web.Tests.Feedback;

/// <summary>"Something wrong with this listing?": stored, and sent to the owning organisation's editors and the directory managers only.</summary>
public sealed class ListingProblemReportTests(FeedbackWebFactory factory) : IClassFixture<FeedbackWebFactory>
{
    private const string Url = "/services/" + FeedbackForms.ServiceSlug + "/report-a-problem";

    [Fact]
    public async Task A_report_is_stored_and_mailed_to_the_owning_editors_and_directory_managers()
    {
        var ownEditor = $"own-{Guid.NewGuid():N}@example.org";
        var otherEditor = $"other-{Guid.NewGuid():N}@example.org";
        var manager = $"manager-{Guid.NewGuid():N}@example.org";
        await EditorAccounts.EnsureUserAsync(factory, Roles.Editor, "halton-youth-service", ownEditor);
        await EditorAccounts.EnsureUserAsync(factory, Roles.Editor, "halton-ymca", otherEditor);
        await EditorAccounts.EnsureUserAsync(factory, Roles.DirectoryManager, null, manager);
        var details = $"It is on Tuesdays now, not Mondays {Guid.NewGuid():N}";
        var client = EditorAccounts.CreateClient(factory);

        var response = await EditorAccounts.PostFormAsync(client, Url, "main form[method=post]", new Dictionary<string, string>
        {
            ["problem"] = "WrongTimes",
            ["details"] = details,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Url + "/sent", EditorAccounts.RedirectTarget(response));
        Assert.Equal("Thank you for telling us", (await HtmlPage.GetAsync(client, Url + "/sent")).Heading);
        var (scope, db) = factory.OpenStore();
        await using (scope)
        {
            var service = await db.Services.AsNoTracking().SingleAsync(s => s.Slug == FeedbackForms.ServiceSlug);
            var report = await db.ListingProblemReports.AsNoTracking().SingleAsync(r => r.Details == details);
            Assert.Equal(service.Id, report.ServiceId);
            Assert.Equal(service.OrganisationId, report.OrganisationId);
            Assert.Equal(ListingProblem.WrongTimes, report.Problem);
            Assert.Null(report.ResolvedAt);
        }

        var mail = MailFolder.Read(Path.Combine(factory.DataPath, "mail")).Single(m => m.Body.Contains(details, StringComparison.Ordinal));
        Assert.Contains(ownEditor, mail.To);
        Assert.Contains(manager, mail.To);
        Assert.DoesNotContain(otherEditor, mail.To);
        Assert.Equal("Problem reported: Grangeway Senior Youth Club", mail.Subject);
        Assert.Contains("The times are wrong", mail.Body);
        Assert.Contains($"/services/{FeedbackForms.ServiceSlug}", mail.Body);
    }

    [Theory]
    [InlineData("", "x", "problem", "Choose what is wrong with the listing")]
    [InlineData("Burnt", "x", "problem", "Choose what is wrong with the listing")]
    [InlineData("Other", "", "details", "Tell us what is wrong")]
    public async Task A_wrong_report_gets_a_clear_error_and_nothing_is_stored(string problem, string details, string field, string message)
    {
        var client = EditorAccounts.CreateClient(factory);
        var marker = details.Length == 0 ? "" : details + Guid.NewGuid().ToString("N");
        var page = await EditorAccounts.PostFormForPageAsync(client, Url, "main form[method=post]", new Dictionary<string, string> { ["problem"] = problem, ["details"] = marker });

        Assert.Contains(message, page.Document.QuerySelector($".govuk-error-summary a[href='#{field}']")?.TextContent);
        var (scope, db) = factory.OpenStore();
        await using (scope)
        {
            Assert.False(marker.Length > 0 && await db.ListingProblemReports.AnyAsync(r => r.Details == marker));
        }
    }

    [Fact]
    public async Task Details_over_1000_characters_and_a_filled_honeypot_are_refused()
    {
        var client = EditorAccounts.CreateClient(factory);
        var (scope, db) = factory.OpenStore();
        int before;
        await using (scope)
        {
            before = await db.ListingProblemReports.CountAsync();
        }

        var tooLong = await EditorAccounts.PostFormForPageAsync(client, Url, "main form[method=post]", new Dictionary<string, string> { ["problem"] = "Other", ["details"] = new string('a', 1001) });
        Assert.Contains("1,000 characters or fewer", tooLong.ErrorSummary);
        var robot = await EditorAccounts.PostFormForPageAsync(client, Url, "main form[method=post]", new Dictionary<string, string> { ["problem"] = "Closed", ["website"] = "x" });
        Assert.Contains("We could not accept this report", robot.ErrorSummary);

        (scope, db) = factory.OpenStore();
        await using (scope)
        {
            Assert.Equal(before, await db.ListingProblemReports.CountAsync());
        }
    }
}
