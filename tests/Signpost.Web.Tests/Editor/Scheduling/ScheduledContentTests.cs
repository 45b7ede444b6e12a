using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Web.Tests.Editor.Services;
using static Signpost.Web.Tests.Editor.EditorAccounts;

namespace Signpost.Web.Tests.Editor.Scheduling;

/// <summary>
/// Scheduled publish for pages, organisations and venues through HTTP: the same edit-page and
/// review steps as services, run by the job as the person who scheduled them.
/// </summary>
public sealed class ScheduledContentTests(SchedulingSiteFactory factory) : IClassFixture<SchedulingSiteFactory>
{
    private const string VenueOwner = "halton-speak-out";

    [Theory]
    [InlineData("pages")]
    [InlineData("organisations")]
    [InlineData("locations")]
    public async Task A_change_published_for_later_stays_private_until_the_job_runs_after_its_time_then_is_public_and_audited(string segment)
    {
        var kind = ScheduledKind.For(segment);
        var (id, target) = await kind.CreateAsync(factory);
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var word = "Okapi" + Guid.NewGuid().ToString("N")[..8];
        var at = ScheduleForm.MinuteFromNow(TimeSpan.FromHours(3));

        var saved = await PostFormAsync(manager, kind.EditUrl(id), kind.FormSelector, kind.PublishFields($"Now with {word}.", at));
        Assert.Equal($"{kind.EditUrl(id)}?done=scheduled", RedirectTarget(saved));
        Assert.DoesNotContain(word, await kind.PublicTextAsync(factory, id));
        Assert.Equal(VersionState.Published, (await kind.VersionsAsync(factory, id)).Last().State);
        var expected = $"Scheduled to publish at {ScheduleForm.InWords(at)}";
        Assert.Contains(expected, HtmlPage.Normalise((await HtmlPage.GetAsync(manager, kind.EditUrl(id))).Document.GetElementById("scheduled")!.TextContent));
        var action = await ActionAsync(id);
        Assert.Equal(kind.Kind, action.Kind);
        var dashboard = (await HtmlPage.GetAsync(manager, "/editor")).Document.GetElementById($"scheduled-{action.Id}");
        Assert.Contains(expected, HtmlPage.Normalise(dashboard!.TextContent));
        Assert.Equal(kind.EditUrl(id), dashboard.QuerySelector("a")!.GetAttribute("href"));

        await factory.RunDueAtAsync(at.AddMinutes(-1));
        Assert.DoesNotContain(word, await kind.PublicTextAsync(factory, id));
        Assert.Null((await ActionAsync(id)).ClaimedAt);

        await factory.RunDueAtAsync(at.AddSeconds(1));
        Assert.Contains(word, await kind.PublicTextAsync(factory, id));
        action = await ActionAsync(id);
        Assert.NotNull(action.CompletedAt);
        Assert.StartsWith("Published version", action.Outcome);
        await using var store = new StoreScope(factory);
        var audit = await store.Db.AuditLog.AsNoTracking().Where(e => e.Target == target).ToListAsync();
        var published = Assert.Single(audit, e => e.Action == AuditActions.Published);
        Assert.Contains("scheduled", published.Detail);
        Assert.NotNull(published.UserEmail);
        Assert.Contains(audit, e => e.Action == AuditActions.Scheduled);
    }

    [Theory]
    [InlineData("pages")]
    [InlineData("organisations")]
    [InlineData("locations")]
    public async Task A_submission_approved_for_later_on_its_version_page_goes_live_when_the_job_runs(string segment)
    {
        var kind = ScheduledKind.For(segment);
        var (id, _) = await kind.CreateAsync(factory);
        var manager = await SignedInClientAsync(factory, Roles.Administrator);
        var word = "Tapir" + Guid.NewGuid().ToString("N")[..8];
        var submitted = kind.PublishFields($"Sent with {word}.", null);
        submitted["action"] = "submit";
        await PostFormAsync(manager, kind.EditUrl(id), kind.FormSelector, submitted);
        var number = (await kind.VersionsAsync(factory, id)).Last().Number;
        var at = ScheduleForm.MinuteFromNow(TimeSpan.FromHours(7));

        var approved = await PostFormAsync(manager, $"/editor/{segment}/{id}/versions/{number}", "#approve", ScheduleForm.Fields("publishAt", at));

        Assert.Equal($"{kind.EditUrl(id)}?done=scheduled", RedirectTarget(approved));
        Assert.DoesNotContain(word, await kind.PublicTextAsync(factory, id));
        await factory.RunDueAtAsync(at.AddMinutes(1));
        Assert.Contains(word, await kind.PublicTextAsync(factory, id));
        Assert.Equal(VersionState.Published, (await kind.VersionsAsync(factory, id)).Last().State);
    }

    [Theory]
    [InlineData("pages")]
    [InlineData("organisations")]
    [InlineData("locations")]
    public async Task Cancelling_on_the_edit_page_stops_the_publish_and_sends_the_version_back_for_review(string segment)
    {
        var kind = ScheduledKind.For(segment);
        var (id, _) = await kind.CreateAsync(factory);
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var word = "Numbat" + Guid.NewGuid().ToString("N")[..8];
        var at = ScheduleForm.MinuteFromNow(TimeSpan.FromHours(2));
        await PostFormAsync(manager, kind.EditUrl(id), kind.FormSelector, kind.PublishFields(word, at));

        var cancelled = await PostFormAsync(manager, kind.EditUrl(id), "#scheduled form", new Dictionary<string, string>());

        Assert.Equal($"{kind.EditUrl(id)}?done=schedule-cancelled", RedirectTarget(cancelled));
        await factory.RunDueAtAsync(at.AddMinutes(5));
        Assert.DoesNotContain(word, await kind.PublicTextAsync(factory, id));
        Assert.True((await ActionAsync(id)).Cancelled);
        Assert.Equal(VersionState.InReview, (await kind.VersionsAsync(factory, id)).Last().State);
        Assert.Null((await HtmlPage.GetAsync(manager, kind.EditUrl(id))).Document.GetElementById("scheduled"));
    }

    [Theory]
    [InlineData("pages", "1", "12", "2020", "09:00", "Publish at must be in the future")]
    [InlineData("organisations", "31", "2", "2030", "09:00", "Publish at must be a real date")]
    [InlineData("locations", "1", "12", "2030", "", "Publish at must include a time")]
    [InlineData("pages", "1", "December", "2030", "09:00", "Publish at must be a real date")]
    public async Task A_wrong_publish_at_is_refused_with_an_error_summary_and_nothing_changes(string segment, string day, string month, string year, string time, string message)
    {
        var kind = ScheduledKind.For(segment);
        var (id, _) = await kind.CreateAsync(factory);
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var before = await kind.VersionsAsync(factory, id);
        var fields = kind.PublishFields("Never saved.", null);
        (fields["publishAt.Day"], fields["publishAt.Month"], fields["publishAt.Year"], fields["publishAt.Time"]) = (day, month, year, time);

        var page = await PostFormForPageAsync(manager, kind.EditUrl(id), kind.FormSelector, fields);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.ErrorSummary);
        Assert.Equal("#publish-at", page.Document.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Equal(month, page.Document.GetElementById("publish-at-month")!.GetAttribute("value"));
        Assert.Equal(before.Count, (await kind.VersionsAsync(factory, id)).Count);
        Assert.DoesNotContain("Never saved.", await kind.PublicTextAsync(factory, id));
        await using var store = new StoreScope(factory);
        Assert.False(await store.Db.ScheduledActions.AnyAsync(a => a.ContentId == id));
    }

    [Theory]
    [InlineData("pages", Roles.Editor)]
    [InlineData("pages", Roles.ParticipationOfficer)]
    [InlineData("organisations", Roles.Editor)]
    [InlineData("locations", Roles.Editor)]
    public async Task People_who_may_not_publish_the_kind_get_403_for_a_scheduled_publish_or_a_cancel_and_nothing_is_stored(string segment, string role)
    {
        var kind = ScheduledKind.For(segment);
        var (id, target) = await kind.CreateAsync(factory);
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var at = ScheduleForm.MinuteFromNow(TimeSpan.FromHours(9));
        await PostFormAsync(manager, kind.EditUrl(id), kind.FormSelector, kind.PublishFields("Scheduled by a manager.", at));
        var versions = await kind.VersionsAsync(factory, id);
        var actionId = (await ActionAsync(id)).Id;

        // An untrusted organisation's own editor may view and edit the organisation and its venue, but not publish them.
        var own = segment == "organisations" ? target.Split(':')[1] : VenueOwner;
        await ServiceEditorStore.OrganisationIdAsync(factory, own, trusted: false);
        var client = await SignedInClientAsync(factory, role, role == Roles.Editor ? own : null);
        var token = await ServiceEditorStore.AntiforgeryTokenAsync(client);
        var fields = kind.PublishFields("Forged.", at.AddHours(1));
        var publish = await ServiceEditorStore.PostAsync(client, kind.EditUrl(id), token, fields);
        var cancel = await ServiceEditorStore.PostAsync(client, $"/editor/{segment}/{id}/schedule?handler=Cancel", token, [new("actionId", actionId.ToString())]);

        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, cancel.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await factory.CreatePlainClient().GetAsync($"/editor/{segment}/{id}/schedule")).StatusCode);
        Assert.Equal(versions.Select(v => (v.Number, v.State)), (await kind.VersionsAsync(factory, id)).Select(v => (v.Number, v.State)));
        await using var store = new StoreScope(factory);
        var action = Assert.Single(await store.Db.ScheduledActions.AsNoTracking().Where(a => a.ContentId == id).ToListAsync());
        Assert.False(action.Cancelled);
    }

    [Theory]
    [InlineData("pages")]
    [InlineData("organisations")]
    [InlineData("locations")]
    public async Task A_scheduled_withdrawal_leaves_the_item_public_until_its_time_then_withdraws_it_as_the_button_would(string segment)
    {
        var kind = ScheduledKind.For(segment);
        var (id, target) = await kind.CreateAsync(factory);
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var at = ScheduleForm.MinuteFromNow(TimeSpan.FromHours(6));

        var scheduled = await PostFormAsync(manager, kind.EditUrl(id), "#withdraw-at-form", ScheduleForm.Fields("withdrawAt", at));
        Assert.Equal($"{kind.EditUrl(id)}?done=withdraw-scheduled", RedirectTarget(scheduled));
        Assert.Contains($"Scheduled to withdraw at {ScheduleForm.InWords(at)}", HtmlPage.Normalise((await HtmlPage.GetAsync(manager, kind.EditUrl(id))).Document.GetElementById("scheduled")!.TextContent));

        await factory.RunDueAtAsync(at.AddMinutes(-2));
        Assert.Equal(ContentStatus.Published, await StatusAsync(segment, id));
        if (segment == "pages")
        {
            Assert.Equal(HttpStatusCode.OK, (await factory.CreatePlainClient().GetAsync($"/{target["page:".Length..]}")).StatusCode);
        }

        await factory.RunDueAtAsync(at.AddMinutes(1));
        Assert.Equal(ContentStatus.Withdrawn, await StatusAsync(segment, id));
        if (segment == "pages")
        {
            Assert.Equal(HttpStatusCode.NotFound, (await factory.CreatePlainClient().GetAsync($"/{target["page:".Length..]}")).StatusCode);
        }

        Assert.Equal("Withdrawn", (await ActionAsync(id)).Outcome);
        await using var store = new StoreScope(factory);
        var entry = await store.Db.AuditLog.AsNoTracking().SingleAsync(e => e.Target == target && e.Action == AuditActions.Withdrawn);
        Assert.Contains("scheduled", entry.Detail);
        Assert.NotNull(entry.UserEmail);
    }

    [Fact]
    public async Task A_page_withdrawal_can_be_cancelled_from_the_dashboard()
    {
        var kind = ScheduledKind.For("pages");
        var (id, target) = await kind.CreateAsync(factory);
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var at = ScheduleForm.MinuteFromNow(TimeSpan.FromHours(6));
        await PostFormAsync(manager, kind.EditUrl(id), "#withdraw-at-form", ScheduleForm.Fields("withdrawAt", at));
        var actionId = (await ActionAsync(id)).Id;

        var cancelled = await PostFormAsync(manager, "/editor", $"#scheduled-{actionId} form", new Dictionary<string, string>());

        Assert.Equal("/editor?done=schedule-cancelled", RedirectTarget(cancelled));
        await factory.RunDueAtAsync(at.AddMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreatePlainClient().GetAsync($"/{target["page:".Length..]}")).StatusCode);
        Assert.True((await ActionAsync(id)).Cancelled);
    }

    [Theory]
    [InlineData("pages")]
    [InlineData("organisations")]
    [InlineData("locations")]
    public async Task A_withdrawal_in_the_past_is_refused_with_an_error_summary_and_nothing_is_stored(string segment)
    {
        var kind = ScheduledKind.For(segment);
        var (id, _) = await kind.CreateAsync(factory);
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var at = DateTimeOffset.UtcNow.AddDays(-1);

        var page = await PostFormForPageAsync(manager, kind.EditUrl(id), "#withdraw-at-form", ScheduleForm.Fields("withdrawAt", at));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Withdraw at must be in the future", page.ErrorSummary);
        Assert.Equal("#withdraw-at", page.Document.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Equal(at.Year.ToString(), page.Document.GetElementById("withdraw-at-year")!.GetAttribute("value"));
        await using var store = new StoreScope(factory);
        Assert.False(await store.Db.ScheduledActions.AnyAsync(a => a.ContentId == id));
        Assert.Equal(ContentStatus.Published, await StatusAsync(segment, id));
    }

    private async Task<ContentStatus> StatusAsync(string segment, Guid id)
    {
        await using var store = new StoreScope(factory);
        return segment switch
        {
            "pages" => await store.Db.Pages.AsNoTracking().Where(p => p.Id == id).Select(p => p.Status).SingleAsync(),
            "organisations" => await store.Db.Organisations.AsNoTracking().Where(o => o.Id == id).Select(o => o.Status).SingleAsync(),
            _ => await store.Db.Locations.AsNoTracking().Where(l => l.Id == id).Select(l => l.Status).SingleAsync(),
        };
    }

    private async Task<ScheduledAction> ActionAsync(Guid id)
    {
        await using var store = new StoreScope(factory);
        return await store.Db.ScheduledActions.AsNoTracking().Where(a => a.ContentId == id).OrderByDescending(a => a.Id).FirstAsync();
    }
}
