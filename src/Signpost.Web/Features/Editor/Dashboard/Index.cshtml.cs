using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Permissions;
using Signpost.Web.Features.Editor.Permissions;
using Signpost.Web.Features.Editor.Scheduling;
using Signpost.Web.Features.Editor.Services;

namespace Signpost.Web.Features.Editor.Dashboard;

public sealed class IndexModel(DashboardQueries dashboard, ServiceEditorQueries queries, ContentSchedules schedules) : PageModel
{
    public EditorScope Scope { get; private set; } = null!;
    public IReadOnlyList<DashboardItem> MyDrafts { get; private set; } = [];
    public IReadOnlyList<DashboardItem> WaitingForReview { get; private set; } = [];
    public IReadOnlyList<DueItem> DueForReview { get; private set; } = [];
    public IReadOnlyList<DashboardItem> RecentlyPublished { get; private set; } = [];
    public IReadOnlyList<PendingAction> Scheduled { get; private set; } = [];
    public IReadOnlyList<(string Text, int Count)> SearchesWithNoResults { get; private set; } = [];

    /// <summary>Scheduled items this person may cancel (the same permission as doing it by hand).</summary>
    public HashSet<long> Cancellable { get; } = [];

    public int DueWithinDays => dashboard.DueWithinDays;
    public DateOnly Today => dashboard.Today;

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Scope = await queries.ScopeAsync(User, cancellationToken);
        if (Scope.SeesNothing)
        {
            // Participation officers have no content work; the feedback issue gives them their own screens.
            return;
        }

        MyDrafts = await dashboard.MyDraftsAsync(User, cancellationToken);
        WaitingForReview = await dashboard.WaitingForReviewAsync(Scope, cancellationToken);
        DueForReview = await dashboard.DueForReviewAsync(Scope, cancellationToken);
        RecentlyPublished = await dashboard.RecentlyPublishedAsync(Scope, cancellationToken);
        Scheduled = await dashboard.ScheduledAsync(Scope, cancellationToken);
        foreach (var item in Scheduled)
        {
            var operation = item.Action == ScheduledActionType.Publish ? ContentOperations.Publish : ContentOperations.Withdraw;
            if (await schedules.AllowsAsync(User, item.Kind, item.ContentId, operation, cancellationToken))
            {
                Cancellable.Add(item.Id);
            }
        }

        if (Scope.SeesEverything)
        {
            SearchesWithNoResults = await dashboard.SearchesWithNoResultsAsync(cancellationToken);
        }
    }
}
