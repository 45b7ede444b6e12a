using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Web.Features.Editor.Scheduling;
using Signpost.Web.Tests.Editor.Services;
using Signpost.Web.Tests.Search;
using Xunit.Abstractions;
using static Signpost.Web.Tests.Editor.EditorAccounts;

namespace Signpost.Web.Tests.Editor.Scheduling;

/// <summary>Scheduled publish through HTTP: approve now, go live when the job runs after the time, with cancel and superseded versions.</summary>
public sealed class ScheduledPublishingTests(SchedulingSiteFactory factory, ITestOutputHelper output) : IClassFixture<SchedulingSiteFactory>
{
    private const string EditorOrganisation = "halton-youth-service";
    private static readonly TimeSpan SearchDeadline = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task A_change_approved_for_later_stays_private_until_the_job_runs_after_its_time_then_is_public_and_searchable()
    {
        var (editor, manager, id, slug, word) = await SubmittedChangeAsync();
        var anonymous = factory.CreatePlainClient();
        var at = ScheduleForm.MinuteFromNow(TimeSpan.FromHours(3));

        var approved = await ApproveAsync(manager, id, ScheduleForm.Fields("publishAt", at));
        Assert.Equal("/editor/review?done=scheduled", approved.Headers.Location?.OriginalString);

        var (service, versions) = await ServiceEditorStore.ReadAsync(factory, id);
        Assert.DoesNotContain(word, service.Summary);
        Assert.Equal(VersionState.Published, versions.Last().State);
        Assert.DoesNotContain(word, (await HtmlPage.GetAsync(anonymous, $"/services/{slug}")).Html);
        Assert.Null((await HtmlPage.GetAsync(manager, "/editor/review")).Document.GetElementById($"service-{id}"));

        var expected = $"Scheduled to publish at {ScheduleForm.InWords(at)}";
        Assert.Contains(expected, HtmlPage.Normalise((await HtmlPage.GetAsync(manager, "/editor")).Document.GetElementById("scheduled-section")!.TextContent));
        Assert.Contains(expected, HtmlPage.Normalise((await HtmlPage.GetAsync(editor, $"/editor/services/{id}/edit")).Document.GetElementById("scheduled")!.TextContent));
        Assert.DoesNotContain(DashboardRecent(await HtmlPage.GetAsync(manager, "/editor")), t => t.Contains(versions.Last().Title));

        // Other tests in this class share the store, so each test checks its own action rather than how many ran.
        await factory.RunDueAtAsync(at.AddMinutes(-1));
        Assert.DoesNotContain(word, (await ServiceEditorStore.ReadAsync(factory, id)).Service.Summary);
        Assert.Null((await ActionAsync(id)).ClaimedAt);

        var watch = Stopwatch.StartNew();
        Assert.True(await factory.RunDueAtAsync(at.AddSeconds(1)) >= 1);
        var published = watch.Elapsed;
        Assert.Contains(word, (await HtmlPage.GetAsync(anonymous, $"/services/{slug}")).Main.TextContent);
        await WaitForSearchAsync($"q={word}", r => r.Results.Any(h => h.Slug == slug), "the scheduled change to be found");
        output.WriteLine($"Scheduled publish: job run {published.TotalMilliseconds:F0} ms; publish-to-searchable {watch.Elapsed.TotalMilliseconds:F0} ms");

        var action = await ActionAsync(id);
        Assert.NotNull(action.CompletedAt);
        Assert.Equal("test-node", action.ClaimedBy);
        Assert.Contains("Published version", action.Outcome);
        await using var store = Store();
        var audit = await store.Db.AuditLog.AsNoTracking().Where(e => e.Target == $"service:{slug}" && e.Action == AuditActions.Published).ToListAsync();
        var entry = Assert.Single(audit);
        Assert.Contains("scheduled", entry.Detail);
        Assert.NotNull(entry.UserId);
        Assert.Contains(AuditActions.Scheduled, await store.Db.AuditLog.AsNoTracking().Where(e => e.Target == $"service:{slug}").Select(e => e.Action).ToListAsync());
    }

    [Fact]
    public async Task Cancelling_from_the_dashboard_stops_the_publish_and_sends_the_version_back_for_review()
    {
        var (_, manager, id, slug, word) = await SubmittedChangeAsync();
        var at = ScheduleForm.MinuteFromNow(TimeSpan.FromHours(2));
        await ApproveAsync(manager, id, ScheduleForm.Fields("publishAt", at));
        var actionId = (await ActionAsync(id)).Id;

        var cancelled = await PostFormAsync(manager, "/editor", $"#scheduled-{actionId} form", new Dictionary<string, string>());
        Assert.Equal("/editor?done=schedule-cancelled", cancelled.Headers.Location?.OriginalString);

        await factory.RunDueAtAsync(at.AddMinutes(5));
        var (service, versions) = await ServiceEditorStore.ReadAsync(factory, id);
        Assert.DoesNotContain(word, service.Summary);
        Assert.Equal(VersionState.InReview, versions.Last().State);
        Assert.True((await ActionAsync(id)).Cancelled);
        Assert.NotNull((await HtmlPage.GetAsync(manager, "/editor/review")).Document.GetElementById($"service-{id}"));
        Assert.Null((await HtmlPage.GetAsync(manager, "/editor")).Document.GetElementById($"scheduled-{actionId}"));
        _ = slug;
    }

    [Fact]
    public async Task A_scheduled_version_superseded_by_a_newer_approved_version_is_not_published_and_says_so()
    {
        var (editor, manager, id, slug, word) = await SubmittedChangeAsync();
        var at = ScheduleForm.MinuteFromNow(TimeSpan.FromHours(2));
        await ApproveAsync(manager, id, ScheduleForm.Fields("publishAt", at));

        var newer = "Newer" + Guid.NewGuid().ToString("N")[..8];
        await PostFormAsync(editor, $"/editor/services/{id}/edit", "form[data-service-form]", new Dictionary<string, string> { ["Summary"] = $"The newer summary {newer}.", ["action"] = "submit" });
        await ApproveAsync(manager, id, new Dictionary<string, string>());
        Assert.Contains(newer, (await ServiceEditorStore.ReadAsync(factory, id)).Service.Summary);

        await factory.RunDueAtAsync(at.AddMinutes(1));
        var (service, versions) = await ServiceEditorStore.ReadAsync(factory, id);
        Assert.Contains(newer, service.Summary);
        Assert.DoesNotContain(word, service.Summary);
        Assert.Equal(VersionState.Superseded, versions[^2].State);
        Assert.Equal(VersionState.Published, versions[^1].State);
        Assert.Contains("superseded", (await ActionAsync(id)).Outcome);
        Assert.DoesNotContain(word, (await HtmlPage.GetAsync(factory.CreatePlainClient(), $"/services/{slug}")).Html);
    }

    [Fact]
    public async Task Two_nodes_racing_over_the_same_store_run_each_action_exactly_once()
    {
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var organisationId = await ServiceEditorStore.OrganisationIdAsync(factory, EditorOrganisation, trusted: false);
        var at = ScheduleForm.MinuteFromNow(TimeSpan.FromHours(4));
        var ids = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            var id = await ServiceEditorStore.CreateServiceAsync(factory, organisationId, ContentStatus.Published, VersionState.Published, VersionState.InReview);
            await ApproveAsync(manager, id, ScheduleForm.Fields("publishAt", at));
            ids.Add(id);
        }

        var counts = await factory.RaceAtAsync(at.AddMinutes(1));

        // At least these eight (other tests' due actions may run too); each exactly once is checked per action below.
        Assert.True(counts.Sum() >= ids.Count);
        await using var store = Store();
        foreach (var id in ids)
        {
            var action = await store.Db.ScheduledActions.AsNoTracking().SingleAsync(x => x.ContentId == id);
            Assert.NotNull(action.CompletedAt);
            Assert.Contains("Published version 2", action.Outcome);
            var slug = (await store.Db.Services.AsNoTracking().SingleAsync(s => s.Id == id)).Slug;
            Assert.Single(await store.Db.AuditLog.AsNoTracking().Where(e => e.Target == $"service:{slug}" && e.Action == AuditActions.Published).ToListAsync());
            Assert.Equal(2, (await ServiceEditorStore.ReadAsync(factory, id)).Versions.Count(v => v.State is VersionState.Published or VersionState.Superseded));
        }
    }

    [Theory]
    [InlineData("", "12", "2030", "09:00", "Publish at must include a day")]
    [InlineData("31", "2", "2030", "09:00", "Publish at must be a real date")]
    [InlineData("1", "12", "2030", "25:00", "Publish at time must be a real time")]
    [InlineData("1", "12", "2020", "09:00", "Publish at must be in the future")]
    [InlineData("29", "3", "2037", "01:30", "clocks go forward")]
    public async Task A_wrong_publish_at_is_refused_with_a_clear_message_and_nothing_changes(string day, string month, string year, string time, string message)
    {
        var (_, manager, id, _, _) = await SubmittedChangeAsync();
        var before = await ServiceEditorStore.StateOfAsync(factory, id);

        var page = await PostFormForPageAsync(manager, "/editor/review", $"#service-{id} form[action='/editor/review?handler=Approve']", new Dictionary<string, string>
        {
            ["publishAt.Day"] = day, ["publishAt.Month"] = month, ["publishAt.Year"] = year, ["publishAt.Time"] = time,
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.ErrorSummary);
        Assert.Equal($"#publish-at-{id}", page.Document.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Equal(time, page.Document.GetElementById($"publish-at-{id}-time")!.GetAttribute("value"));
        Assert.Equal(before, await ServiceEditorStore.StateOfAsync(factory, id));
        await using var store = Store();
        Assert.False(await store.Db.ScheduledActions.AnyAsync(a => a.ContentId == id));
    }

    [Fact]
    public async Task A_trusted_editor_schedules_their_own_change_on_the_edit_page_and_an_untrusted_one_cannot()
    {
        const string trustedSlug = "halton-borough-council";
        var trustedId = await ServiceEditorStore.OrganisationIdAsync(factory, trustedSlug, trusted: true);
        var id = await ServiceEditorStore.CreateServiceAsync(factory, trustedId, ContentStatus.Published);
        var trusted = await SignedInClientAsync(factory, Roles.Editor, trustedSlug);
        var at = ScheduleForm.MinuteFromNow(TimeSpan.FromHours(5));
        var word = "Trusted" + Guid.NewGuid().ToString("N")[..8];

        var fields = ScheduleForm.Fields("publishAt", at);
        fields["Summary"] = $"A trusted change {word}.";
        fields["action"] = "publish";
        var saved = await PostFormAsync(trusted, $"/editor/services/{id}/edit", "form[data-service-form]", fields);
        Assert.Equal($"/editor/services/{id}/edit?done=scheduled", saved.Headers.Location?.OriginalString);
        Assert.DoesNotContain(word, (await ServiceEditorStore.ReadAsync(factory, id)).Service.Summary);
        Assert.Contains($"Scheduled to publish at {ScheduleForm.InWords(at)}", HtmlPage.Normalise((await HtmlPage.GetAsync(trusted, $"/editor/services/{id}/edit")).Main.TextContent));

        await factory.RunDueAtAsync(at.AddMinutes(1));
        Assert.Contains(word, (await ServiceEditorStore.ReadAsync(factory, id)).Service.Summary);

        var untrustedOrganisation = await ServiceEditorStore.OrganisationIdAsync(factory, EditorOrganisation, trusted: false);
        var other = await ServiceEditorStore.CreateServiceAsync(factory, untrustedOrganisation, ContentStatus.Published);
        var untrusted = await SignedInClientAsync(factory, Roles.Editor, EditorOrganisation);
        var editPage = await HtmlPage.GetAsync(untrusted, $"/editor/services/{other}/edit");
        Assert.Null(editPage.Document.GetElementById("publish-at"));
        var refused = await PostFormAsync(untrusted, $"/editor/services/{other}/edit", "form[data-service-form]", new Dictionary<string, string>(ScheduleForm.Fields("publishAt", at)) { ["action"] = "publish" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        await using var store = Store();
        Assert.False(await store.Db.ScheduledActions.AnyAsync(a => a.ContentId == other));
    }

    [Fact]
    public async Task An_action_claimed_by_a_node_that_stopped_is_taken_over_after_the_stale_time_and_runs_once()
    {
        var (_, manager, id, slug, word) = await SubmittedChangeAsync();
        var at = ScheduleForm.MinuteFromNow(TimeSpan.FromHours(5));
        await ApproveAsync(manager, id, ScheduleForm.Fields("publishAt", at));
        var claimedAt = at.UtcDateTime.AddSeconds(1);
        await using (var store = Store())
        {
            // As if "dead-node" claimed it at its time and stopped before finishing.
            await store.Db.ScheduledActions.Where(a => a.ContentId == id)
                .ExecuteUpdateAsync(a => a.SetProperty(x => x.ClaimedAt, claimedAt).SetProperty(x => x.ClaimedBy, "dead-node"));
        }

        await factory.RunDueAtAsync(at.AddMinutes(5));
        Assert.DoesNotContain(word, (await ServiceEditorStore.ReadAsync(factory, id)).Service.Summary);
        Assert.Null((await ActionAsync(id)).CompletedAt);

        await factory.RunDueAtAsync(at.Add(ScheduledActionRunner.StaleClaimAfter).AddMinutes(1));
        var action = await ActionAsync(id);
        Assert.NotNull(action.CompletedAt);
        Assert.Equal("test-node", action.ClaimedBy);
        Assert.Contains(word, (await ServiceEditorStore.ReadAsync(factory, id)).Service.Summary);
        await using var audit = Store();
        Assert.Single(await audit.Db.AuditLog.AsNoTracking().Where(e => e.Target == $"service:{slug}" && e.Action == AuditActions.Published).ToListAsync());
    }

    private async Task<(HttpClient Editor, HttpClient Manager, Guid Id, string Slug, string Word)> SubmittedChangeAsync()
    {
        var organisationId = await ServiceEditorStore.OrganisationIdAsync(factory, EditorOrganisation, trusted: false);
        var id = await ServiceEditorStore.CreateServiceAsync(factory, organisationId, ContentStatus.Published);
        var slug = (await ServiceEditorStore.ReadAsync(factory, id)).Service.Slug;
        var editor = await SignedInClientAsync(factory, Roles.Editor, EditorOrganisation);
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var word = "Zebu" + Guid.NewGuid().ToString("N")[..8];
        var submitted = await PostFormAsync(editor, $"/editor/services/{id}/edit", "form[data-service-form]", new Dictionary<string, string> { ["Summary"] = $"A scheduled summary about {word}.", ["action"] = "submit" });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        return (editor, manager, id, slug, word);
    }

    private static Task<HttpResponseMessage> ApproveAsync(HttpClient manager, Guid id, IDictionary<string, string> fields) =>
        PostFormAsync(manager, "/editor/review", $"#service-{id} form[action='/editor/review?handler=Approve']", fields);

    private static IEnumerable<string> DashboardRecent(HtmlPage dashboard) =>
        dashboard.Document.GetElementById("recent-section")!.QuerySelectorAll("li").Select(li => li.TextContent);

    private async Task<ScheduledAction> ActionAsync(Guid id)
    {
        await using var store = Store();
        return await store.Db.ScheduledActions.AsNoTracking().Where(a => a.ContentId == id).OrderByDescending(a => a.Id).FirstAsync();
    }

    private StoreScope Store() => new(factory);

    private async Task WaitForSearchAsync(string query, Func<ApiSearchResponse, bool> done, string what)
    {
        var api = new SearchApiClient(factory.CreatePlainClient());
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var response = await api.SearchAsync(query);
            if (done(response))
            {
                return;
            }

            Assert.True(watch.Elapsed < SearchDeadline, $"Waited {SearchDeadline.TotalSeconds} s for {what}; {query} gives {response.Describe()}");
            await Task.Delay(10);
        }
    }
}
