using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Feedback;
using Signpost.Web.Tests.Editor.Services;
using Signpost.Web.Tests.Participation;
using static Signpost.Web.Tests.Participation.ParticipationHttp;

namespace Signpost.Web.Tests.Editor.ListingProblems;

/// <summary>"Something wrong with this listing?" reports reach the owning organisation's editors and managers, and nobody else.</summary>
[Collection(ParticipationSiteCollection.Name)]
public sealed class ListingProblemTests(ParticipationSiteFactory site)
{
    [Fact]
    public async Task The_owning_editor_sees_the_report_and_resolves_it_with_a_note()
    {
        var id = await AddReportAsync("The Friday session has moved to Thursday");
        var editor = await EditorAccounts.SignedInClientAsync(site, Roles.Editor, EditorAccounts.DefaultEditorOrganisation);

        var dashboard = await HtmlPage.GetAsync(editor, "/editor");
        Assert.Contains("open report", dashboard.Document.QuerySelector("#listing-problems-count")!.TextContent);
        var list = await HtmlPage.GetAsync(editor, "/editor/listing-problems");
        Assert.NotNull(list.Document.QuerySelector($"tr[data-report='{id}']"));

        var refused = await EditorAccounts.PostFormForPageAsync(editor, $"/editor/listing-problems/{id}", "#resolve-form", new Dictionary<string, string>());
        Assert.Contains("Enter what you did about it", refused.ErrorSummary);
        Assert.Null((await ReadAsync(id)).ResolvedAt);

        var done = await EditorAccounts.PostFormAsync(editor, $"/editor/listing-problems/{id}", "#resolve-form", new Dictionary<string, string> { ["resolution-note"] = "Times corrected" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var report = await ReadAsync(id);
        Assert.NotNull(report.ResolvedAt);
        Assert.Equal("Times corrected", report.ResolutionNote);
        Assert.Null((await HtmlPage.GetAsync(editor, "/editor/listing-problems")).Document.QuerySelector($"tr[data-report='{id}']"));
        Assert.NotNull((await HtmlPage.GetAsync(editor, "/editor/listing-problems?show=resolved")).Document.QuerySelector($"tr[data-report='{id}']"));
        Assert.Contains(await AuditDetailsAsync(site, $"listing-problem:{id}"), d => d.Contains("Times corrected"));
    }

    [Fact]
    public async Task Editors_of_other_organisations_and_officers_cannot_see_or_resolve_it()
    {
        var id = await AddReportAsync("Closed for good");
        var other = await EditorAccounts.SignedInClientAsync(site, Roles.Editor, "barnardos-halton");
        var officer = await EditorAccounts.SignedInClientAsync(site, Roles.ParticipationOfficer);

        Assert.Null((await HtmlPage.GetAsync(other, "/editor/listing-problems")).Document.QuerySelector($"tr[data-report='{id}']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/editor/listing-problems/{id}")).StatusCode);
        var token = await ServiceEditorStore.AntiforgeryTokenAsync(other);
        var post = await ServiceEditorStore.PostAsync(other, $"/editor/listing-problems/{id}", token, [new("resolution-note", "Not mine")]);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/editor/listing-problems")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/editor/listing-problems/{id}")).StatusCode);
        Assert.Null((await ReadAsync(id)).ResolvedAt);
    }

    [Theory]
    [InlineData(Roles.DirectoryManager)]
    [InlineData(Roles.Administrator)]
    public async Task Managers_and_administrators_see_every_report(string role)
    {
        var id = await AddReportAsync("Wrong phone");
        var client = await EditorAccounts.SignedInClientAsync(site, role);

        Assert.NotNull((await HtmlPage.GetAsync(client, "/editor/listing-problems")).Document.QuerySelector($"tr[data-report='{id}']"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/editor/listing-problems/{id}")).StatusCode);
    }

    private async Task<long> AddReportAsync(string details)
    {
        await using var store = new StoreScope(site);
        var service = await store.Db.Services.AsNoTracking().SingleAsync(s => s.Slug == FeedbackStore.YouthClubSlug);
        var report = new ListingProblemReport
        {
            ServiceId = service.Id,
            OrganisationId = service.OrganisationId,
            Problem = ListingProblem.WrongTimes,
            Details = details,
            SubmittedAt = DateTime.UtcNow,
        };
        store.Db.ListingProblemReports.Add(report);
        await store.Db.SaveChangesAsync();
        return report.Id;
    }

    private async Task<ListingProblemReport> ReadAsync(long id)
    {
        await using var store = new StoreScope(site);
        return await store.Db.ListingProblemReports.AsNoTracking().SingleAsync(r => r.Id == id);
    }
}
