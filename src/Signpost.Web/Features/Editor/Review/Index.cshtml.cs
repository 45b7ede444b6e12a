using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Diff;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Data;
using Signpost.Web.Features.Editor.Permissions;
using Signpost.Web.Features.Editor.Scheduling;
using Signpost.Web.Features.Editor.Services;

namespace Signpost.Web.Features.Editor.Review;

/// <summary>
/// The approval queue: every submission with its diff against what is live. Only people who may
/// approve see items; each approval or rejection is checked again by the workflow.
/// </summary>
public sealed class IndexModel(
    SignpostDbContext db,
    ServiceVersionReader versions,
    ServiceWorkflow workflow,
    EditorPermissions permissions,
    Workflow.VersionHistory history,
    ContentSchedules schedules) : PageModel
{
    public IReadOnlyList<ReviewItem> Items { get; private set; } = [];

    /// <summary>Pages, organisations and venues waiting for review, each reviewed on its own version page.</summary>
    public IReadOnlyList<OtherQueue> OtherQueues { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    /// <summary>The service whose reject form came back with an error.</summary>
    public Guid? FailedId { get; private set; }

    /// <summary>What was typed in the failed item's "Publish at", shown back with its error.</summary>
    public ScheduleInput FailedPublishAt { get; private set; } = new();

    public static string PublishAtId(Guid id) => $"publish-at-{id}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var queues = new List<OtherQueue>();
        foreach (var (kind, label, path) in new[] { (ContentKind.Page, "pages", "pages"), (ContentKind.Organisation, "organisations", "organisations"), (ContentKind.Location, "places", "locations") })
        {
            var waiting = await history.LatestVersions(kind).CountAsync(v => v.State == VersionState.InReview, cancellationToken);
            queues.Add(new OtherQueue(label, $"/editor/{path}?state=in-review", waiting));
        }

        OtherQueues = queues;
        return Page();
    }

    /// <summary>Approves and publishes now, or with a "Publish at" time approves now and publishes then.</summary>
    public async Task<IActionResult> OnPostApproveAsync(Guid id, int number, ScheduleInput? publishAt, CancellationToken cancellationToken)
    {
        publishAt ??= new ScheduleInput();
        var (publishAtUtc, error) = schedules.ReadPublishAt(publishAt, publishing: true);
        if (error is not null)
        {
            FailedId = id;
            FailedPublishAt = publishAt;
            ModelState.AddModelError(PublishAtId(id), error);
            await LoadAsync(cancellationToken);
            return Page();
        }

        var result = await workflow.PublishAsync(User, id, number, asReviewer: true, cancellationToken, publishAtUtc);
        return this.Refusal(result) ?? await AfterAsync(result, id, publishAtUtc is null ? "approved" : "scheduled", cancellationToken);
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid id, int number, string? comment, CancellationToken cancellationToken)
    {
        var result = await workflow.RejectAsync(User, id, number, comment, cancellationToken);
        return this.Refusal(result) ?? await AfterAsync(result, id, "rejected", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(WorkflowResult result, Guid id, string done, CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            return Redirect($"/editor/review?done={done}");
        }

        FailedId = id;
        ModelState.AddModelError($"comment-{id}", result.Message!);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var waiting = await versions.LatestVersions().Where(v => v.State == VersionState.InReview).OrderBy(v => v.CreatedAt).Take(100).ToListAsync(cancellationToken);
        var ids = waiting.Select(v => v.ContentId).ToList();
        var services = await db.Services.AsNoTracking().Include(s => s.Organisation).Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var names = await versions.NamesAsync(cancellationToken);
        var items = new List<ReviewItem>();
        foreach (var version in waiting)
        {
            if (!services.TryGetValue(version.ContentId, out var service) || !await permissions.AllowsAsync(User, service, ContentOperations.Approve))
            {
                continue;
            }

            var live = await versions.PublishedSnapshotAsync(service, cancellationToken);
            items.Add(new ReviewItem(version, service.Organisation.Name, live is null, SnapshotDiff.Compare(live, ServiceSnapshot.FromJson(version.Snapshot), names)));
        }

        Items = items;
    }
}
