using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Editorial;
using Signpost.Data;
using Signpost.Data.Accounts;
using Signpost.Web.Features.Editor.Permissions;
using Signpost.Web.Features.Editor.Services;
using Signpost.Web.Features.Editor.Users;
using Signpost.Web.Features.Editor.Workflow;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Editor.Scheduling;

/// <summary>
/// Scheduled publish and withdraw for every kind. Scheduling a publish is part of approving (each
/// workflow's publish step with a time); this class lists, schedules withdrawals, cancels, and runs
/// a claimed action as the person who scheduled it, through the kind's own publish and withdraw
/// code, with the same permission checks made again at run time.
/// </summary>
public sealed class ContentSchedules(
    SignpostDbContext db,
    IEnumerable<IScheduledKind> kinds,
    UserManager<SignpostUser> users,
    IUserClaimsPrincipalFactory<SignpostUser> principals,
    IAuditLog audit,
    TimeProvider clock)
{
    public const string PublishAtId = "publish-at";
    public const string WithdrawAtId = "withdraw-at";

    /// <summary>
    /// "Publish at" as typed beside a save or approve button: no time when it is blank or the button
    /// does not publish, otherwise the moment or the error to show against <see cref="PublishAtId"/>.
    /// </summary>
    public (DateTime? Utc, string? Error) ReadPublishAt(ScheduleInput input, bool publishing) =>
        !publishing || input.IsBlank ? (null, null) : input.Read("Publish at", clock.GetUtcNow());

    /// <summary>
    /// <see cref="ReadPublishAt"/> for an edit form's buttons: false, with the error added against
    /// <see cref="PublishAtId"/>, when the time is wrong, so the form comes back before anything is saved.
    /// </summary>
    public bool TryReadPublishAt(ScheduleInput input, string? action, ModelStateDictionary modelState, out DateTime? utc)
    {
        (utc, var error) = ReadPublishAt(input, action == "publish");
        if (error is not null)
        {
            modelState.AddModelError(PublishAtId, error);
        }

        return error is null;
    }

    public (DateTime? Utc, string? Error) ReadWithdrawAt(ScheduleInput input) => input.Read("Withdraw at", clock.GetUtcNow());

    /// <summary>What is still to run for one item, soonest first.</summary>
    public Task<IReadOnlyList<PendingAction>> PendingAsync(ContentKind kind, Guid id, CancellationToken cancellationToken) =>
        DescribeAsync(Unfinished().Where(a => a.Kind == kind && a.ContentId == id), cancellationToken);

    /// <summary>What is still to run for every item, soonest first; <paramref name="ownedBy"/> narrows it to one organisation's items.</summary>
    public async Task<IReadOnlyList<PendingAction>> PendingAsync(Guid? ownedBy, bool everything, CancellationToken cancellationToken)
    {
        var rows = Unfinished();
        if (!everything)
        {
            // Pages and venues have no single owner; an editor's list holds their organisation and its services.
            rows = rows.Where(a => (a.Kind == ContentKind.Service && db.Services.Any(s => s.Id == a.ContentId && s.OrganisationId == ownedBy))
                || (a.Kind == ContentKind.Organisation && a.ContentId == ownedBy));
        }

        return await DescribeAsync(rows.Take(100), cancellationToken);
    }

    /// <summary>How one item is named in lists, or null when there is no such item.</summary>
    public async Task<ScheduledItem?> DescribeAsync(ContentKind kind, Guid id, CancellationToken cancellationToken) =>
        (await For(kind).DescribeAsync([id], cancellationToken)).GetValueOrDefault(id);

    /// <summary>Null when the item can be withdrawn now, otherwise why not (organisations and venues never can).</summary>
    public Task<string?> WithdrawRefusalAsync(ContentKind kind, Guid id, CancellationToken cancellationToken) =>
        For(kind).WithdrawRefusalAsync(id, cancellationToken);

    /// <summary>Whether the user may do this to the item: for pages deciding what to show (each step checks again).</summary>
    public async Task<bool> AllowsAsync(ClaimsPrincipal user, ContentKind kind, Guid id, ContentOperationRequirement requirement, CancellationToken cancellationToken) =>
        await For(kind).AllowsAsync(user, id, requirement, cancellationToken) == true;

    public async Task<WorkflowResult> ScheduleWithdrawAsync(ClaimsPrincipal user, ContentKind kind, Guid id, DateTime runAtUtc, CancellationToken cancellationToken)
    {
        var target = For(kind);
        switch (await target.AllowsAsync(user, id, ContentOperations.Withdraw, cancellationToken))
        {
            case null: return WorkflowResult.NotFound(id);
            case false: return WorkflowResult.Forbidden(id);
        }

        if (await target.WithdrawRefusalAsync(id, cancellationToken) is { } refusal)
        {
            return WorkflowResult.Invalid(id, refusal);
        }

        if (await Unfinished().AnyAsync(a => a.Kind == kind && a.ContentId == id && a.Action == ScheduledActionType.Withdraw, cancellationToken))
        {
            return WorkflowResult.Invalid(id, "A withdrawal is already scheduled. Cancel it first to choose another time.");
        }

        db.ScheduledActions.Add(new ScheduledAction
        {
            Kind = kind,
            ContentId = id,
            Action = ScheduledActionType.Withdraw,
            RunAt = DateTime.SpecifyKind(runAtUtc, DateTimeKind.Utc),
            CreatedById = EditorUser.Id(user),
        });
        await db.SaveChangesAsync(cancellationToken);
        await RecordAsync(user, AuditActions.Scheduled, kind, id, $"withdraw at {runAtUtc:yyyy-MM-dd HH:mm} UTC", cancellationToken);
        return WorkflowResult.Done(id);
    }

    /// <summary>
    /// Cancels with the same kind of conditional update the job claims with, so a cancel and a claim
    /// racing cannot both win. A cancelled publish sends its approved version back for review, so
    /// it is not left approved but never live.
    /// </summary>
    public async Task<WorkflowResult> CancelAsync(ClaimsPrincipal user, ContentKind kind, Guid id, long actionId, CancellationToken cancellationToken)
    {
        var action = await db.ScheduledActions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == actionId && a.Kind == kind && a.ContentId == id, cancellationToken);
        var allowed = action is null ? null : await For(kind).AllowsAsync(user, id, RequirementFor(action.Action), cancellationToken);
        if (action is null || allowed is null)
        {
            return WorkflowResult.NotFound(id);
        }

        if (allowed == false)
        {
            return WorkflowResult.Forbidden(id);
        }

        var cancelled = await db.ScheduledActions
            .Where(a => a.Id == actionId && a.ClaimedAt == null && !a.Cancelled)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.Cancelled, true).SetProperty(x => x.Outcome, $"Cancelled by {EditorUser.Name(user)}"), cancellationToken);
        if (cancelled != 1)
        {
            return WorkflowResult.Invalid(id, "This schedule has already run or been cancelled.");
        }

        await ReturnForReviewAsync(action, cancellationToken);
        await RecordAsync(user, AuditActions.ScheduleCancelled, kind, id, $"{action.Action.ToString().ToLowerInvariant()} at {action.RunAt:yyyy-MM-dd HH:mm} UTC", cancellationToken);
        return WorkflowResult.Done(id);
    }

    /// <summary>Runs an action this node has claimed. Returns the outcome to record on the row.</summary>
    public async Task<string> RunAsync(ScheduledAction action, CancellationToken cancellationToken)
    {
        var account = await users.FindByIdAsync(action.CreatedById);
        if (account is null || UserStatusText.Of(account.LockoutEnd, clock.GetUtcNow()) == UserStatus.Disabled)
        {
            await ReturnForReviewAsync(action, cancellationToken);
            return "Not run: the person who scheduled it no longer has an active account";
        }

        var user = await principals.CreateAsync(account);
        var when = $"scheduled for {ScheduleTimes.InWords(action.RunAt)}";
        var run = action.Action == ScheduledActionType.Withdraw
            ? await For(action.Kind).WithdrawAsync(user, action.ContentId, when, cancellationToken)
            : await For(action.Kind).PublishAsync(user, action, when, cancellationToken);
        if (!run.SendBack)
        {
            return run.Outcome;
        }

        await ReturnForReviewAsync(action, cancellationToken);
        return $"{run.Outcome}; the version is back in the review queue";
    }

    private IQueryable<ScheduledAction> Unfinished() =>
        db.ScheduledActions.AsNoTracking().Where(a => a.CompletedAt == null && !a.Cancelled).OrderBy(a => a.RunAt).ThenBy(a => a.Id);

    private async Task<IReadOnlyList<PendingAction>> DescribeAsync(IQueryable<ScheduledAction> query, CancellationToken cancellationToken)
    {
        var rows = await query.ToListAsync(cancellationToken);
        var names = new Dictionary<ContentKind, IReadOnlyDictionary<Guid, ScheduledItem>>();
        foreach (var group in rows.GroupBy(a => a.Kind))
        {
            names[group.Key] = await For(group.Key).DescribeAsync(group.Select(a => a.ContentId).Distinct().ToList(), cancellationToken);
        }

        return rows.Where(a => names[a.Kind].ContainsKey(a.ContentId))
            .Select(a => new PendingAction(a.Id, a.Kind, a.ContentId, names[a.Kind][a.ContentId], a.Action, a.VersionNumber, a.RunAt, a.ClaimedAt != null))
            .ToList();
    }

    /// <summary>An approved version that could not go live goes back to the queue, so it is not stranded as approved but not live.</summary>
    private Task ReturnForReviewAsync(ScheduledAction action, CancellationToken cancellationToken) =>
        action is { Action: ScheduledActionType.Publish, VersionNumber: { } number }
            ? db.ContentVersions.Where(v => v.Kind == action.Kind && v.ContentId == action.ContentId && v.Number == number && v.State == VersionState.Published)
                .ExecuteUpdateAsync(v => v.SetProperty(x => x.State, VersionState.InReview), cancellationToken)
            : Task.CompletedTask;

    private async Task RecordAsync(ClaimsPrincipal user, string auditAction, ContentKind kind, Guid id, string detail, CancellationToken cancellationToken)
    {
        var target = (await DescribeAsync(kind, id, cancellationToken))?.AuditTarget ?? $"{kind.ToString().ToLowerInvariant()}:{id}";
        await audit.RecordForAsync(EditorUser.Id(user), EditorUser.Name(user), auditAction, target, detail, cancellationToken);
    }

    private IScheduledKind For(ContentKind kind) => kinds.Single(k => k.Kind == kind);

    private static ContentOperationRequirement RequirementFor(ScheduledActionType action) =>
        action == ScheduledActionType.Publish ? ContentOperations.Publish : ContentOperations.Withdraw;
}
