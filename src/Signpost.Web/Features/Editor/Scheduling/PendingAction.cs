using Signpost.Core.Editorial;

namespace Signpost.Web.Features.Editor.Scheduling;

/// <summary>A scheduled publish or withdrawal that has not run yet; <paramref name="Running"/> once a node has claimed it.</summary>
public sealed record PendingAction(long Id, Guid ServiceId, string ServiceName, string OrganisationName, ScheduledActionType Action, int? VersionNumber, DateTime RunAtUtc, bool Running)
{
    /// <summary>The owning organisation, so a list can ask about permissions without loading each service.</summary>
    public Guid OrganisationId { get; init; }

    public string Describe() => Action == ScheduledActionType.Publish
        ? $"Scheduled to publish at {ScheduleTimes.InWords(RunAtUtc)}"
        : $"Scheduled to withdraw at {ScheduleTimes.InWords(RunAtUtc)}";
}
