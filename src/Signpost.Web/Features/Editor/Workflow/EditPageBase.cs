using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Diff;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Web.Features.Editor.Permissions;
using Signpost.Web.Features.Editor.Scheduling;
using Signpost.Web.Features.Editor.Services;

namespace Signpost.Web.Features.Editor.Workflow;

/// <summary>
/// The edit page of a kind with versions and a public switch (pages, organisations, venues): what the
/// person may do to the item, the save-then-submit-or-publish step with its answer to a lost race,
/// and withdraw and restore. Each kind adds only its own form and rules.
/// </summary>
public abstract class EditPageBase<TItem, TSnapshot>(WithdrawableWorkflow<TItem, TSnapshot> workflow, ContentSchedules schedules) : PageModel
    where TItem : class
    where TSnapshot : class, ISnapshot<TSnapshot>
{
    public TItem Item { get; private set; } = null!;
    public ContentVersion Latest { get; private set; } = null!;
    public bool CanSubmit { get; private set; }
    public bool CanPublish { get; private set; }

    /// <summary>Scheduled publishes and withdrawals still to run, with who may cancel them.</summary>
    public SchedulePanel Schedule { get; private set; } = null!;
    public ScheduleInput PublishAt { get; private set; } = new();
    public bool CanWithdraw { get; private set; }
    public bool CanRestore { get; private set; }

    /// <summary>Set when this save lost a race: the other editor's version and how this form differs from it.</summary>
    public ConflictView? Conflict { get; private set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    /// <summary>The kind's part of the address: /editor/{segment}/{id}/edit.</summary>
    protected abstract string Segment { get; }

    protected abstract IReadOnlyList<FieldChange> Compare(TSnapshot theirs, TSnapshot yours);

    /// <summary>Whatever else the kind's page needs once the item is loaded and may be seen.</summary>
    protected virtual Task LoadKindAsync(TItem item, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken cancellationToken) =>
        this.Refusal(await workflow.WithdrawAsync(User, id, cancellationToken)) ?? Redirect($"{EditUrl(id)}?done=withdrawn");

    public async Task<IActionResult> OnPostRestoreAsync(Guid id, CancellationToken cancellationToken) =>
        this.Refusal(await workflow.RestoreAsync(User, id, cancellationToken)) ?? Redirect($"{EditUrl(id)}?done=restored");

    protected string EditUrl(Guid id) => $"/editor/{Segment}/{id}/edit";

    /// <summary>Null when the item exists and the person may see it; otherwise the response to give.</summary>
    protected async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await workflow.LoadAsync(id, tracking: false, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        Item = item;
        if (!await workflow.AllowsAsync(User, item, ContentOperations.View, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Latest = await workflow.LatestAsync(item, cancellationToken);
        CanSubmit = await workflow.AllowsAsync(User, item, ContentOperations.Submit, cancellationToken);
        CanPublish = await workflow.AllowsAsync(User, item, ContentOperations.Publish, cancellationToken);
        var mayWithdraw = await workflow.AllowsAsync(User, item, ContentOperations.Withdraw, cancellationToken);
        CanWithdraw = workflow.StatusOf(item) == ContentStatus.Published && mayWithdraw;
        CanRestore = workflow.StatusOf(item) == ContentStatus.Withdrawn && await workflow.AllowsAsync(User, item, ContentOperations.Restore, cancellationToken);
        Schedule = new SchedulePanel(await schedules.PendingAsync(workflow.Kind, id, cancellationToken), CanPublish, mayWithdraw);
        await LoadKindAsync(item, cancellationToken);
        return null;
    }

    /// <summary>Checked before saving, so a refused publish or submit leaves no draft behind either.</summary>
    protected bool MayTake(string? action) => !(action == "publish" && !CanPublish) && !(action == "submit" && !CanSubmit);

    /// <summary>False with the error in the model state when "publish at" is wrong.</summary>
    protected bool TryReadPublishAt(ScheduleInput? publishAt, string? action, out DateTime? utc)
    {
        PublishAt = publishAt ?? new ScheduleInput();
        return schedules.TryReadPublishAt(PublishAt, action, ModelState, out utc);
    }

    /// <summary>
    /// Saves the snapshot, then submits or publishes it. A refusal, or a lost race (shown with the other
    /// version, the form rebased on it through <paramref name="rebase"/>), comes back as the response to give.
    /// </summary>
    protected async Task<(StepResult<TSnapshot> Next, IActionResult? Response)> SaveAsync(
        Guid id, int baseVersion, TSnapshot snapshot, string? comment, string? action, DateTime? publishAtUtc, Action<int> rebase, CancellationToken cancellationToken)
    {
        var next = await workflow.SaveThenAsync(User, id, baseVersion, snapshot, comment, action, cancellationToken, publishAtUtc);
        if (this.Refusal(next) is { } refused)
        {
            return (next, refused);
        }

        if (next.Outcome != WorkflowOutcome.Conflict)
        {
            return (next, null);
        }

        var conflict = next.Conflict!;
        Conflict = new ConflictView(conflict.Theirs, Compare(conflict.TheirSnapshot, conflict.Yours), EditUrl(id));
        Latest = conflict.Theirs;
        rebase(conflict.Theirs.Number);
        return (next, Page());
    }

    /// <summary>The step's message on the form when it failed, otherwise back to the edit page saying what was done.</summary>
    protected IActionResult Finish(Guid id, StepResult<TSnapshot> next, string? action, DateTime? publishAtUtc)
    {
        if (!next.Succeeded)
        {
            ModelState.AddModelError(next.Field ?? "", next.Message!);
            return Page();
        }

        return Redirect($"{EditUrl(id)}?done={StepResponses.DoneWord(action, publishAtUtc is not null)}");
    }
}
