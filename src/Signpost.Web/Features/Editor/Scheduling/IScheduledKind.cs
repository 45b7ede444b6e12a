using System.Security.Claims;
using Signpost.Core.Editorial;
using Signpost.Web.Features.Editor.Permissions;

namespace Signpost.Web.Features.Editor.Scheduling;

/// <summary>
/// What scheduling needs from one kind of content; <see cref="ContentSchedules"/> does the rest the
/// same way for every kind. Run-time steps go through the kind's own publish and withdraw code, so a
/// scheduled change behaves exactly like one made by hand.
/// </summary>
public interface IScheduledKind
{
    ContentKind Kind { get; }

    /// <summary>Names for the edit page and dashboard; missing ids no longer exist.</summary>
    Task<IReadOnlyDictionary<Guid, ScheduledItem>> DescribeAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Whether the user may do <paramref name="requirement"/> to the item; null when there is no such item.</summary>
    Task<bool?> AllowsAsync(ClaimsPrincipal user, Guid id, ContentOperationRequirement requirement, CancellationToken cancellationToken);

    /// <summary>Null when the item can be withdrawn now; otherwise why not.</summary>
    Task<string?> WithdrawRefusalAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Publishes the approved version of a claimed action as <paramref name="user"/>; <paramref name="when"/> goes in the audit entry.</summary>
    Task<ScheduleRun> PublishAsync(ClaimsPrincipal user, ScheduledAction action, string when, CancellationToken cancellationToken);

    Task<ScheduleRun> WithdrawAsync(ClaimsPrincipal user, Guid id, string when, CancellationToken cancellationToken);
}
