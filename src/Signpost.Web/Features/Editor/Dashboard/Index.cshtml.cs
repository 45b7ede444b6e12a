using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Accounts;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Permissions;
using Signpost.Web.Features.Editor.ListingProblems;
using Signpost.Web.Features.Editor.Permissions;
using Signpost.Web.Features.Editor.Scheduling;
using Signpost.Web.Features.Editor.Services;
using Signpost.Web.Features.Participation.Moderation;

namespace Signpost.Web.Features.Editor.Dashboard;

public sealed class IndexModel(
    DashboardQueries dashboard,
    ServiceEditorQueries queries,
    ContentSchedules schedules,
    FeedbackQueries feedback,
    ListingProblemQueries listingProblems) : PageModel
{
    /// <summary>For participation officers and administrators: what waits for moderation and for the safeguarding lead.</summary>
    public FeedbackDashboard? Feedback { get; private set; }

    /// <summary>Open "something wrong with this listing" reports the person may deal with; null when they may deal with none.</summary>
    public int? OpenListingProblems { get; private set; }

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
        if (User.IsInRole(Roles.ParticipationOfficer) || User.IsInRole(Roles.Administrator))
        {
            Feedback = new FeedbackDashboard(await feedback.WaitingCountAsync(cancellationToken), await feedback.AwaitingSafeguardingAsync(cancellationToken));
        }

        if (Scope.SeesNothing)
        {
            // Participation officers have no content work: their part of the dashboard is the feedback above.
            return;
        }

        OpenListingProblems = await listingProblems.OpenCountAsync(Scope, cancellationToken);

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
