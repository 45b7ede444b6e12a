using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Editorial;
using Signpost.Web.Features.Editor.Permissions;
using Signpost.Web.Features.Editor.Services;

namespace Signpost.Web.Features.Editor.Scheduling;

/// <summary>
/// A page's, organisation's or venue's scheduled actions: what is pending, cancelling, and for pages
/// "withdraw later". Their edit pages post here, so the three kinds share one set of handlers; a
/// mistake comes back here with the GOV.UK error summary. (Services keep these handlers on their edit page.)
/// </summary>
public sealed class ScheduleModel(ContentSchedules schedules) : PageModel
{
    public ContentKind Kind { get; private set; }
    public Guid Id { get; private set; }
    public ScheduledItem Item { get; private set; } = null!;
    public string EditUrl => ContentPaths.Edit(Kind, Id);
    public string ScheduleUrl => $"/editor/{ContentPaths.Segment(Kind)}/{Id}/schedule";
    public SchedulePanel Panel { get; private set; } = null!;
    public bool CanScheduleWithdraw { get; private set; }
    public ScheduleInput WithdrawAt { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(string kind, Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(kind, id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostWithdrawAtAsync(string kind, Guid id, ScheduleInput? withdrawAt, CancellationToken cancellationToken)
    {
        if (await LoadAsync(kind, id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        WithdrawAt = withdrawAt ?? new ScheduleInput();
        var (utc, error) = schedules.ReadWithdrawAt(WithdrawAt);
        var result = error is null ? await schedules.ScheduleWithdrawAsync(User, Kind, id, utc!.Value, cancellationToken) : null;
        if (result is not null && this.Refusal(result) is { } refused)
        {
            return refused;
        }

        if (result is { Succeeded: true })
        {
            return Redirect($"{EditUrl}?done=withdraw-scheduled");
        }

        // Against the boxes when there are boxes to correct; organisations and venues have none.
        ModelState.AddModelError(CanScheduleWithdraw ? ContentSchedules.WithdrawAtId : "", error ?? result!.Message!);
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(string kind, Guid id, long actionId, string? returnTo, CancellationToken cancellationToken)
    {
        if (await LoadAsync(kind, id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var result = await schedules.CancelAsync(User, Kind, id, actionId, cancellationToken);
        if (this.Refusal(result) is { } refused)
        {
            return refused;
        }

        if (result.Succeeded)
        {
            return Redirect(returnTo == "dashboard" ? "/editor?done=schedule-cancelled" : $"{EditUrl}?done=schedule-cancelled");
        }

        ModelState.AddModelError("", result.Message!);
        return await LoadAsync(kind, id, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(string kind, Guid id, CancellationToken cancellationToken)
    {
        if (ContentPaths.KindOf(kind) is not { } contentKind || contentKind == ContentKind.Service
            || await schedules.DescribeAsync(contentKind, id, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        (Kind, Id, Item) = (contentKind, id, item);
        if (!await schedules.AllowsAsync(User, Kind, id, ContentOperations.View, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var mayWithdraw = await schedules.AllowsAsync(User, Kind, id, ContentOperations.Withdraw, cancellationToken);
        CanScheduleWithdraw = mayWithdraw && await schedules.WithdrawRefusalAsync(Kind, id, cancellationToken) is null;
        Panel = new SchedulePanel(
            await schedules.PendingAsync(Kind, id, cancellationToken),
            await schedules.AllowsAsync(User, Kind, id, ContentOperations.Publish, cancellationToken),
            mayWithdraw);
        return null;
    }
}
