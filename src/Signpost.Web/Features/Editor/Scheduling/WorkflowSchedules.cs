using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Data;
using Signpost.Web.Features.Editor.Permissions;
using Signpost.Web.Features.Editor.Workflow;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Editor.Scheduling;

/// <summary>
/// Pages, organisations and venues as <see cref="ContentSchedules"/> sees them: a scheduled publish
/// goes live through <see cref="ContentWorkflow{TItem,TSnapshot}.GoLiveAsync"/>, and a scheduled
/// withdrawal through <see cref="WithdrawableWorkflow{TItem,TSnapshot}.WithdrawAsync"/>, the code
/// the edit page's buttons use.
/// </summary>
public sealed class WorkflowSchedules<TItem, TSnapshot>(WithdrawableWorkflow<TItem, TSnapshot> workflow, SignpostDbContext db, VersionHistory history, IAuditLog audit) : IScheduledKind
    where TItem : class
    where TSnapshot : class, ISnapshot<TSnapshot>
{
    public ContentKind Kind => workflow.Kind;

    /// <summary>The word editors see: venues are stored as locations.</summary>
    private string KindName => Kind == ContentKind.Location ? "venue" : Kind.ToString().ToLowerInvariant();

    public async Task<IReadOnlyDictionary<Guid, ScheduledItem>> DescribeAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var items = new Dictionary<Guid, ScheduledItem>();
        foreach (var id in ids)
        {
            if (await workflow.LoadAsync(id, tracking: false, cancellationToken) is { } item)
            {
                items[id] = new ScheduledItem(workflow.SnapshotOf(item).Title, "", workflow.AuditTargetOf(item));
            }
        }

        return items;
    }

    public async Task<bool?> AllowsAsync(ClaimsPrincipal user, Guid id, ContentOperationRequirement requirement, CancellationToken cancellationToken) =>
        await workflow.LoadAsync(id, tracking: false, cancellationToken) is { } item
            ? await workflow.AllowsAsync(user, item, requirement, cancellationToken)
            : null;

    public async Task<string?> WithdrawRefusalAsync(Guid id, CancellationToken cancellationToken) =>
        await workflow.LoadAsync(id, tracking: false, cancellationToken) is { } item && workflow.StatusOf(item) == ContentStatus.Published
            ? null
            : workflow.WithdrawOnlyPublished;

    public async Task<ScheduleRun> WithdrawAsync(ClaimsPrincipal user, Guid id, string when, CancellationToken cancellationToken)
    {
        var withdrawn = await workflow.WithdrawAsync(user, id, cancellationToken, when);
        return ScheduleRun.OfWithdrawal(withdrawn.Outcome, withdrawn.Message, user, KindName);
    }

    public async Task<ScheduleRun> PublishAsync(ClaimsPrincipal user, ScheduledAction action, string when, CancellationToken cancellationToken)
    {
        if (await workflow.LoadAsync(action.ContentId, tracking: true, cancellationToken) is not { } item)
        {
            return $"Not run: the {KindName} no longer exists";
        }

        var number = action.VersionNumber ?? 0;
        var all = await history.VersionsOf(Kind, action.ContentId).OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        var (version, refusal) = ScheduledVersion.ToPublish(all, number);
        if (version is null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return refusal!;
        }

        if (!await workflow.AllowsAsync(user, item, ContentOperations.Publish, cancellationToken))
        {
            return new ScheduleRun($"Not published: {EditorUser.Name(user)} may no longer publish this {KindName}", SendBack: true);
        }

        if (await workflow.BrokenRuleAsync(item, version, cancellationToken) is { } broken)
        {
            return new ScheduleRun($"Not published: {broken}", SendBack: true);
        }

        await workflow.GoLiveAsync(item, all, version, user, recordReviewer: false, cancellationToken);
        await audit.RecordForAsync(EditorUser.Id(user), EditorUser.Name(user), AuditActions.Published, workflow.AuditTargetOf(item), $"version {number} ({when})", cancellationToken);
        return $"Published version {number}";
    }
}
