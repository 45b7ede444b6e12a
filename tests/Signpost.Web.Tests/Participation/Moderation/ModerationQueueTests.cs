using System.Net;
using Signpost.Core.Accounts;
using Signpost.Web.Tests.Editor;
using static Signpost.Web.Tests.Participation.ParticipationHttp;

namespace Signpost.Web.Tests.Participation.Moderation;

/// <summary>The queue's order and filters, and the urgent list on the officer's dashboard.</summary>
[Collection(ParticipationSiteCollection.Name)]
public sealed class ModerationQueueTests(ParticipationSiteFactory site)
{
    private const string QuietService = "phoenix-park-skate-and-scoot";

    [Fact]
    public async Task Urgent_responses_come_first_then_the_oldest()
    {
        // Older than any demo feedback, so both are on the first page however much the seed holds; the urgent one is the newer.
        // About a service other tests leave alone, filtered to it, so other tests' urgent responses cannot push these off the page.
        var old = await FeedbackStore.AddResponseAsync(site, r => r.SubmittedAt = new DateTime(2020, 1, 1, 9, 0, 0, DateTimeKind.Utc), QuietService);
        var urgent = await FeedbackStore.AddResponseAsync(site, r => (r.Urgent, r.SafeguardingMatches, r.SubmittedAt) = (true, "self-harm", new DateTime(2021, 1, 1, 9, 0, 0, DateTimeKind.Utc)), QuietService);
        var serviceId = (await FeedbackStore.ReadAsync(site, old)).ServiceId;
        var officer = await EditorAccounts.SignedInClientAsync(site, Roles.ParticipationOfficer);

        var queue = await HtmlPage.GetAsync(officer, $"/editor/participation/feedback?service={serviceId}");

        var ids = queue.Document.QuerySelectorAll("tr[data-feedback]").Select(r => long.Parse(r.GetAttribute("data-feedback")!)).ToList();
        Assert.Contains(old, ids);
        Assert.True(ids.IndexOf(urgent) >= 0 && ids.IndexOf(urgent) < ids.IndexOf(old), string.Join(",", ids));
        Assert.Contains("Urgent", queue.Document.QuerySelector($"tr[data-feedback='{urgent}']")!.TextContent);

        var urgentOnly = await HtmlPage.GetAsync(officer, $"/editor/participation/feedback?service={serviceId}&urgent=true");
        Assert.Null(urgentOnly.Document.QuerySelector($"tr[data-feedback='{old}']"));
        Assert.NotNull(urgentOnly.Document.QuerySelector($"tr[data-feedback='{urgent}']"));
    }

    [Fact]
    public async Task The_dashboard_lists_urgent_feedback_until_the_safeguarding_review_is_recorded()
    {
        var urgent = await FeedbackStore.AddResponseAsync(site, r => (r.Urgent, r.SafeguardingMatches, r.SubmittedAt) = (true, "abuse", new DateTime(2019, 1, 1, 9, 0, 0, DateTimeKind.Utc)));
        var officer = await EditorAccounts.SignedInClientAsync(site, Roles.ParticipationOfficer);

        var dashboard = await HtmlPage.GetAsync(officer, "/editor");
        Assert.NotNull(dashboard.Document.QuerySelector($"#urgent-feedback-section a[href='{FeedbackUrl(urgent)}']"));
        Assert.Contains("waiting", dashboard.Document.QuerySelector("#waiting-feedback-count")!.TextContent);
        Assert.DoesNotContain("There is no listing work", dashboard.Html);

        var done = await EditorAccounts.PostFormAsync(officer, FeedbackUrl(urgent), "#safeguarding-form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        var after = await HtmlPage.GetAsync(officer, "/editor");
        Assert.Null(after.Document.QuerySelector($"#urgent-feedback-section a[href='{FeedbackUrl(urgent)}']"));
        var stored = await FeedbackStore.ReadAsync(site, urgent);
        Assert.True(stored.Urgent);
        Assert.NotNull(stored.SafeguardingReviewedAt);
    }

    [Fact]
    public async Task The_queue_pages_through_long_lists()
    {
        var officer = await EditorAccounts.SignedInClientAsync(site, Roles.ParticipationOfficer);
        for (var i = 0; i < 26; i++)
        {
            await FeedbackStore.AddResponseAsync(site);
        }

        var first = await HtmlPage.GetAsync(officer, "/editor/participation/feedback");
        var second = await HtmlPage.GetAsync(officer, "/editor/participation/feedback?page=2");

        Assert.Equal(25, first.Document.QuerySelectorAll("tr[data-feedback]").Length);
        Assert.NotNull(first.Document.QuerySelector(".govuk-pagination a[rel=next]"));
        var firstIds = first.Document.QuerySelectorAll("tr[data-feedback]").Select(r => r.GetAttribute("data-feedback")).ToHashSet();
        Assert.DoesNotContain(second.Document.QuerySelectorAll("tr[data-feedback]"), r => firstIds.Contains(r.GetAttribute("data-feedback")));
    }
}
