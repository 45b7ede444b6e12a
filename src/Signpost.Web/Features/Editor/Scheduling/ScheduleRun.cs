using System.Security.Claims;
using Signpost.Web.Features.Editor.Services;
using Signpost.Web.Features.Editor.Workflow;

namespace Signpost.Web.Features.Editor.Scheduling;

/// <summary>
/// What running a scheduled action did, as recorded on its row. <paramref name="SendBack"/>: the
/// approved version could not go live and returns to the review queue rather than stay approved but never live.
/// </summary>
public sealed record ScheduleRun(string Outcome, bool SendBack = false)
{
    public static implicit operator ScheduleRun(string outcome) => new(outcome);

    /// <summary>How a withdraw step ended, in the words the row records; <paramref name="kind"/> is "service" or "page".</summary>
    public static ScheduleRun OfWithdrawal(WorkflowOutcome outcome, string? message, ClaimsPrincipal user, string kind) => outcome switch
    {
        WorkflowOutcome.Done => "Withdrawn",
        WorkflowOutcome.Forbidden => $"Not run: {EditorUser.Name(user)} may no longer withdraw this {kind}",
        WorkflowOutcome.NotFound => $"Not run: the {kind} no longer exists",
        _ => $"Not run: {message}",
    };
}
