using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Diff;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Web.Features.Editor.Permissions;
using Signpost.Web.Features.Editor.Scheduling;

namespace Signpost.Web.Features.Editor.Workflow;

/// <summary>
/// One version of a page, organisation or venue: what changed, a way back to it, and for a
/// submission the reviewer's approve and send-back forms (each checked again by the workflow).
/// </summary>
public abstract class VersionPageBase<TItem, TSnapshot>(ContentWorkflow<TItem, TSnapshot> workflow, ContentSchedules schedules) : PageModel, IVersionView
    where TItem : class
    where TSnapshot : class, ISnapshot<TSnapshot>
{
    public TItem Item { get; private set; } = null!;
    public ContentVersion Version { get; private set; } = null!;
    public IReadOnlyList<FieldChange> Changes { get; private set; } = [];
    public string ChangesHeading { get; private set; } = "";
    public bool CanRollback { get; private set; }
    public bool CanReview { get; private set; }
    public string BaseUrl { get; private set; } = "";
    public string ItemName { get; private set; } = "";
    public virtual bool HasPreview => false;
    public ScheduleInput PublishAt { get; private set; } = new();

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    protected abstract string UrlOf(Guid id);

    /// <summary>Where a reviewer goes after approving or sending back: the kind's list of what is waiting.</summary>
    protected abstract string QueueUrl { get; }

    protected abstract IReadOnlyList<FieldChange> Compare(TSnapshot? before, TSnapshot after);

    public async Task<IActionResult> OnGetAsync(Guid id, int number, CancellationToken cancellationToken) =>
        await LoadAsync(id, number, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostRollbackAsync(Guid id, int number, CancellationToken cancellationToken)
    {
        var result = await workflow.RollbackAsync(User, id, number, cancellationToken);
        return this.Refusal(result) ?? (result.Succeeded ? Redirect($"{UrlOf(id)}/edit?done=saved") : Redirect($"{UrlOf(id)}/history"));
    }

    /// <summary>Approves and publishes now, or with a "Publish at" time approves now and publishes then.</summary>
    public async Task<IActionResult> OnPostApproveAsync(Guid id, int number, ScheduleInput? publishAt, CancellationToken cancellationToken)
    {
        PublishAt = publishAt ?? new ScheduleInput();
        if (!schedules.TryReadPublishAt(PublishAt, "publish", ModelState, out var publishAtUtc))
        {
            return await LoadAsync(id, number, cancellationToken) ?? Page();
        }

        var result = await workflow.PublishAsync(User, id, number, asReviewer: true, cancellationToken, publishAtUtc);
        return publishAtUtc is not null && result.Succeeded
            ? Redirect($"{UrlOf(id)}/edit?done=scheduled")
            : await AfterReviewAsync(result, id, number, "approved", cancellationToken);
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid id, int number, string? comment, CancellationToken cancellationToken) =>
        await AfterReviewAsync(await workflow.RejectAsync(User, id, number, comment, cancellationToken), id, number, "rejected", cancellationToken);

    private async Task<IActionResult> AfterReviewAsync(StepResult<TSnapshot> result, Guid id, int number, string done, CancellationToken cancellationToken)
    {
        if (this.Refusal(result) is { } refused)
        {
            return refused;
        }

        if (result.Succeeded)
        {
            return Redirect($"{QueueUrl}&done={done}");
        }

        ModelState.AddModelError(string.IsNullOrEmpty(result.Field) ? "" : result.Field, result.Message!);
        return await LoadAsync(id, number, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, int number, CancellationToken cancellationToken)
    {
        if (await workflow.LoadAsync(id, tracking: false, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        if (!await workflow.AllowsAsync(User, item, ContentOperations.View, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (await workflow.FindAsync(item, number, cancellationToken) is not { } version)
        {
            return NotFound();
        }

        Item = item;
        Version = version;
        BaseUrl = UrlOf(id);
        ItemName = workflow.SnapshotOf(item).Title;
        var snapshot = TSnapshot.FromJson(version.Snapshot);
        if (version.State == VersionState.InReview)
        {
            var live = await workflow.PublishedAsync(item, cancellationToken);
            ChangesHeading = live is null ? "Everything in this new item" : "Changes against what is live now";
            Changes = Compare(live, snapshot);
            var latest = await workflow.LatestAsync(item, cancellationToken);
            CanReview = latest.Number == number && await workflow.AllowsAsync(User, item, ContentOperations.Approve, cancellationToken);
        }
        else
        {
            var previous = number > 1 ? await workflow.FindAsync(item, number - 1, cancellationToken) : null;
            ChangesHeading = number > 1 ? $"Changes since version {number - 1}" : "Everything in the first version";
            Changes = Compare(previous is null ? null : TSnapshot.FromJson(previous.Snapshot), snapshot);
        }

        CanRollback = await workflow.AllowsAsync(User, item, ContentOperations.Rollback, cancellationToken);
        return null;
    }
}
