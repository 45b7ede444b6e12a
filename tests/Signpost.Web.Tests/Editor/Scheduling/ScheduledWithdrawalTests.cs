using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Web.Tests.Editor.Services;
using Signpost.Web.Tests.Search;
using static Signpost.Web.Tests.Editor.EditorAccounts;

namespace Signpost.Web.Tests.Editor.Scheduling;

/// <summary>"Withdraw at" on the edit page, cancelling, and who may do either; forged posts change nothing.</summary>
public sealed class ScheduledWithdrawalTests(SchedulingSiteFactory factory) : IClassFixture<SchedulingSiteFactory>
{
    private const string EditorOrganisation = "halton-youth-service";
    private const string OtherOrganisation = "halton-family-hubs";

    [Fact]
    public async Task A_scheduled_withdrawal_leaves_the_service_public_until_its_time_then_takes_it_off_the_site_and_out_of_search()
    {
        var (id, slug) = await PublishedServiceAsync();
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var anonymous = factory.CreatePlainClient();
        var at = ScheduleForm.MinuteFromNow(TimeSpan.FromHours(6));

        var scheduled = await PostFormAsync(manager, $"/editor/services/{id}/edit", "#withdraw-at-form", ScheduleForm.Fields("withdrawAt", at));
        Assert.Equal($"/editor/services/{id}/edit?done=withdraw-scheduled", scheduled.Headers.Location?.OriginalString);
        var edit = await HtmlPage.GetAsync(manager, $"/editor/services/{id}/edit");
        Assert.Contains($"Scheduled to withdraw at {ScheduleForm.InWords(at)}", HtmlPage.Normalise(edit.Document.GetElementById("scheduled")!.TextContent));

        // Other tests in this class share the store, so each test checks its own action rather than how many ran.
        await factory.RunDueAtAsync(at.AddMinutes(-2));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/services/{slug}")).StatusCode);

        await factory.RunDueAtAsync(at.AddMinutes(1));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/services/{slug}")).StatusCode);
        Assert.Equal(ContentStatus.Withdrawn, (await ServiceEditorStore.ReadAsync(factory, id)).Service.Status);
        var name = (await ServiceEditorStore.ReadAsync(factory, id)).Service.Name;
        await WaitForSearchAsync("q=" + Uri.EscapeDataString(name), r => r.Results.All(h => h.Slug != slug));

        await using var store = new StoreScope(factory);
        var entry = await store.Db.AuditLog.AsNoTracking().SingleAsync(e => e.Target == $"service:{slug}" && e.Action == AuditActions.Withdrawn);
        Assert.Contains("scheduled", entry.Detail);
        Assert.NotNull(entry.UserEmail);
    }

    [Fact]
    public async Task A_scheduled_withdrawal_can_be_cancelled_on_the_edit_page()
    {
        var (id, slug) = await PublishedServiceAsync();
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var at = ScheduleForm.MinuteFromNow(TimeSpan.FromHours(6));
        await PostFormAsync(manager, $"/editor/services/{id}/edit", "#withdraw-at-form", ScheduleForm.Fields("withdrawAt", at));

        var cancelled = await PostFormAsync(manager, $"/editor/services/{id}/edit", "#scheduled form", new Dictionary<string, string>());
        Assert.Equal($"/editor/services/{id}/edit?done=schedule-cancelled", cancelled.Headers.Location?.OriginalString);

        await factory.RunDueAtAsync(at.AddMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreatePlainClient().GetAsync($"/services/{slug}")).StatusCode);
    }

    [Fact]
    public async Task A_withdraw_at_in_the_past_is_refused_with_an_error_summary_and_nothing_is_scheduled()
    {
        var (id, _) = await PublishedServiceAsync();
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);

        var page = await PostFormForPageAsync(manager, $"/editor/services/{id}/edit", "#withdraw-at-form", ScheduleForm.Fields("withdrawAt", DateTimeOffset.UtcNow.AddDays(-1)));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Withdraw at must be in the future", page.ErrorSummary);
        Assert.Equal("#withdraw-at", page.Document.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        await using var store = new StoreScope(factory);
        Assert.False(await store.Db.ScheduledActions.AnyAsync(a => a.ContentId == id));
    }

    [Theory]
    [InlineData(Roles.ParticipationOfficer, null)]
    [InlineData(Roles.Editor, OtherOrganisation)]
    [InlineData(Roles.Editor, EditorOrganisation)]
    public async Task People_who_may_not_withdraw_cannot_schedule_or_cancel_a_withdrawal(string role, string? organisation)
    {
        var (id, _) = await PublishedServiceAsync();
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var at = ScheduleForm.MinuteFromNow(TimeSpan.FromHours(6));
        await PostFormAsync(manager, $"/editor/services/{id}/edit", "#withdraw-at-form", ScheduleForm.Fields("withdrawAt", at));
        await using var store = new StoreScope(factory);
        var actionId = (await store.Db.ScheduledActions.AsNoTracking().SingleAsync(a => a.ContentId == id)).Id;

        var client = await SignedInClientAsync(factory, role, organisation);
        var token = await ServiceEditorStore.AntiforgeryTokenAsync(client);
        var schedule = await ServiceEditorStore.PostAsync(client, $"/editor/services/{id}/edit?handler=WithdrawAt", token, ScheduleForm.Fields("withdrawAt", at.AddHours(1)));
        var cancel = await ServiceEditorStore.PostAsync(client, $"/editor/services/{id}/edit?handler=CancelSchedule", token, [new("actionId", actionId.ToString())]);

        Assert.Equal(HttpStatusCode.Forbidden, schedule.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, cancel.StatusCode);
        var actions = await store.Db.ScheduledActions.AsNoTracking().Where(a => a.ContentId == id).ToListAsync();
        Assert.False(Assert.Single(actions).Cancelled);
        if (role == Roles.Editor && organisation == EditorOrganisation)
        {
            // An untrusted organisation's editor sees the schedule but gets no button for it.
            var dashboard = await HtmlPage.GetAsync(client, "/editor");
            Assert.NotNull(dashboard.Document.GetElementById($"scheduled-{actionId}"));
            Assert.Null(dashboard.Document.QuerySelector($"#scheduled-{actionId} form"));
        }
    }

    [Fact]
    public async Task Forged_schedule_and_cancel_posts_without_an_antiforgery_token_are_refused_and_change_nothing()
    {
        var (id, _) = await PublishedServiceAsync();
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var at = ScheduleForm.MinuteFromNow(TimeSpan.FromHours(6));
        await PostFormAsync(manager, $"/editor/services/{id}/edit", "#withdraw-at-form", ScheduleForm.Fields("withdrawAt", at));
        await using var store = new StoreScope(factory);
        var actionId = (await store.Db.ScheduledActions.AsNoTracking().SingleAsync(a => a.ContentId == id)).Id;

        var schedule = await ServiceEditorStore.PostAsync(manager, $"/editor/services/{id}/edit?handler=WithdrawAt", token: null, ScheduleForm.Fields("withdrawAt", at.AddHours(1)));
        var cancel = await ServiceEditorStore.PostAsync(manager, $"/editor/services/{id}/edit?handler=CancelSchedule", token: null, [new("actionId", actionId.ToString())]);
        var approve = await ServiceEditorStore.PostAsync(manager, "/editor/review?handler=Approve", token: null, new Dictionary<string, string>(ScheduleForm.Fields("publishAt", at)) { ["id"] = id.ToString(), ["number"] = "1" });

        Assert.Equal(HttpStatusCode.BadRequest, schedule.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, approve.StatusCode);
        var action = Assert.Single(await store.Db.ScheduledActions.AsNoTracking().Where(a => a.ContentId == id).ToListAsync());
        Assert.False(action.Cancelled);
    }

    private async Task<(Guid Id, string Slug)> PublishedServiceAsync()
    {
        var organisationId = await ServiceEditorStore.OrganisationIdAsync(factory, EditorOrganisation, trusted: false);
        var id = await ServiceEditorStore.CreateServiceAsync(factory, organisationId, ContentStatus.Published);
        return (id, (await ServiceEditorStore.ReadAsync(factory, id)).Service.Slug);
    }

    private async Task WaitForSearchAsync(string query, Func<ApiSearchResponse, bool> done)
    {
        var api = new SearchApiClient(factory.CreatePlainClient());
        var watch = Stopwatch.StartNew();
        while (!done(await api.SearchAsync(query)))
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"Waited 2 s for {query}");
            await Task.Delay(20);
        }
    }
}
