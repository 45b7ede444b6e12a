using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Web.Features.Editor.Services;

namespace Signpost.Web.Features.Editor.Dashboard;

public sealed class IndexModel(DashboardQueries dashboard, ServiceEditorQueries queries) : PageModel
{
    public EditorScope Scope { get; private set; } = null!;
    public IReadOnlyList<DashboardItem> MyDrafts { get; private set; } = [];
    public IReadOnlyList<DashboardItem> WaitingForReview { get; private set; } = [];
    public IReadOnlyList<DueItem> DueForReview { get; private set; } = [];
    public IReadOnlyList<DashboardItem> RecentlyPublished { get; private set; } = [];
    public IReadOnlyList<(string Text, int Count)> SearchesWithNoResults { get; private set; } = [];

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
        if (Scope.SeesEverything)
        {
            SearchesWithNoResults = await dashboard.SearchesWithNoResultsAsync(cancellationToken);
        }
    }
}
