using Signpost.Core.Editorial;

namespace Signpost.Web.Features.Editor.Scheduling;

/// <summary>A scheduled publish or withdrawal that has not run yet; <paramref name="Running"/> once a node has claimed it.</summary>
public sealed record PendingAction(long Id, ContentKind Kind, Guid ContentId, ScheduledItem Item, ScheduledActionType Action, int? VersionNumber, DateTime RunAtUtc, bool Running)
{
    public string EditUrl => ContentPaths.Edit(Kind, ContentId);

    /// <summary>Services cancel on their edit page, as they always have; the other kinds share the schedule page.</summary>
    public string CancelUrl => Kind == ContentKind.Service
        ? $"{EditUrl}?handler=CancelSchedule"
        : $"/editor/{ContentPaths.Segment(Kind)}/{ContentId}/schedule?handler=Cancel";

    public string Describe() => Action == ScheduledActionType.Publish
        ? $"Scheduled to publish at {ScheduleTimes.InWords(RunAtUtc)}"
        : $"Scheduled to withdraw at {ScheduleTimes.InWords(RunAtUtc)}";
}
