using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Content;
using Signpost.Core.Rules;
using Signpost.Web.Tests.Editor.Services;
using static Signpost.Web.Tests.Editor.EditorAccounts;

namespace Signpost.Web.Tests.Editor.Scheduling;

/// <summary>The dashboard's "due for review" uses the reminder window, so it lists what editors are being reminded about.</summary>
public sealed class DashboardDueWindowTests(DashboardDueWindowTests.SixtyDayFactory factory) : IClassFixture<DashboardDueWindowTests.SixtyDayFactory>
{
    [Fact]
    public async Task Due_for_review_follows_the_reminder_window_setting()
    {
        var organisationId = await ServiceEditorStore.OrganisationIdAsync(factory, "halton-youth-service");
        var today = UkTime.Today(TimeProvider.System);
        var inWindow = await ServiceAsync(organisationId, today.AddDays(45));
        var outside = await ServiceAsync(organisationId, today.AddDays(75));
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);

        var due = (await HtmlPage.GetAsync(manager, "/editor")).Document.GetElementById("due-section")!;

        Assert.Contains("within 60 days", due.TextContent);
        Assert.NotNull(due.QuerySelector($"a[href='/editor/services/{inWindow}/edit']"));
        Assert.Null(due.QuerySelector($"a[href='/editor/services/{outside}/edit']"));
    }

    private async Task<Guid> ServiceAsync(Guid organisationId, DateOnly reviewBy)
    {
        var id = await ServiceEditorStore.CreateServiceAsync(factory, organisationId, ContentStatus.Published);
        await using var store = new StoreScope(factory);
        var service = await store.Db.Services.SingleAsync(s => s.Id == id);
        service.ReviewBy = reviewBy;
        await store.Db.SaveChangesAsync();
        return id;
    }

    public sealed class SixtyDayFactory() : SchedulingSiteFactory(new Dictionary<string, string> { ["Signpost:ReviewCycle:ReminderDaysBefore"] = "60" });
}
