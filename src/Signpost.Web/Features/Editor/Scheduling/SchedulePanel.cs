using Signpost.Core.Editorial;

namespace Signpost.Web.Features.Editor.Scheduling;

/// <summary>An item's scheduled actions on its edit page; a Cancel button needs the same permission as doing the action by hand.</summary>
public sealed record SchedulePanel(IReadOnlyList<PendingAction> Pending, bool MayPublish, bool MayWithdraw)
{
    public bool MayCancel(PendingAction action) => action.Action == ScheduledActionType.Publish ? MayPublish : MayWithdraw;
}
