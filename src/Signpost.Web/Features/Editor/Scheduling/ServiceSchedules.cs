using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Data;
using Signpost.Data.Accounts;
using Signpost.Web.Features.Editor.Permissions;
using Signpost.Web.Features.Editor.Services;
using Signpost.Web.Features.Editor.Users;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Editor.Scheduling;

/// <summary>
/// Scheduled publish and withdraw for services. Scheduling a publish is part of approving
/// (<see cref="ServiceWorkflow.PublishAsync"/> with a time); this class schedules withdrawals,
/// cancels, and runs a claimed action as the person who scheduled it, through the same go-live and
/// withdraw code as doing it by hand, with the same permission checks made again at run time.
/// </summary>
public sealed class ServiceSchedules(
    SignpostDbContext db,
    ServiceVersionReader versions,
    ServiceWorkflow workflow,
    ServiceGoLive goLive,
    EditorPermissions permissions,
    UserManager<SignpostUser> users,
    IUserClaimsPrincipalFactory<SignpostUser> principals,
    IAuditLog audit,
    TimeProvider clock)
{
    /// <summary>What is still to run for one service, soonest first.</summary>
    public async Task<IReadOnlyList<PendingAction>> PendingAsync(Service service, CancellationToken cancellationToken)
    {
        var rows = await db.ScheduledActions.AsNoTracking()
            .Where(a => a.Kind == ContentKind.Service && a.ContentId == service.Id && a.CompletedAt == null && !a.Cancelled)
            .OrderBy(a => a.RunAt)
            .ToListAsync(cancellationToken);
        return rows.Select(a => new PendingAction(a.Id, service.Id, service.Name, service.Organisation?.Name ?? "", a.Action, a.VersionNumber, a.RunAt, a.ClaimedAt != null)).ToList();
    }

    public async Task<WorkflowResult> ScheduleWithdrawAsync(ClaimsPrincipal user, Guid id, DateTime runAtUtc, CancellationToken cancellationToken)
    {
        var service = await db.Services.AsNoTracking().Include(s => s.Organisation).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (service is null)
        {
            return WorkflowResult.NotFound(id);
        }

        if (!await permissions.AllowsAsync(user, service, ContentOperations.Withdraw))
        {
            return WorkflowResult.Forbidden(id);
        }

        if (service.Status != ContentStatus.Published)
        {
            return WorkflowResult.Invalid(id, "Only a published service can be withdrawn.");
        }

        if (await db.ScheduledActions.AnyAsync(a => a.Kind == ContentKind.Service && a.ContentId == id && a.Action == ScheduledActionType.Withdraw && a.CompletedAt == null && !a.Cancelled, cancellationToken))
        {
            return WorkflowResult.Invalid(id, "A withdrawal is already scheduled. Cancel it first to choose another time.");
        }

        db.ScheduledActions.Add(new ScheduledAction
        {
            Kind = ContentKind.Service,
            ContentId = id,
            Action = ScheduledActionType.Withdraw,
            RunAt = DateTime.SpecifyKind(runAtUtc, DateTimeKind.Utc),
            CreatedById = UserId(user),
        });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordForAsync(UserId(user), UserName(user), AuditActions.Scheduled, Target(service), $"withdraw at {runAtUtc:yyyy-MM-dd HH:mm} UTC", cancellationToken);
        return WorkflowResult.Done(id);
    }

    /// <summary>
    /// Cancels with the same kind of conditional update the job claims with, so a cancel and a claim
    /// racing cannot both win. A cancelled publish sends its approved version back for review, so
    /// it is not left approved but never live.
    /// </summary>
    public async Task<WorkflowResult> CancelAsync(ClaimsPrincipal user, Guid id, long actionId, CancellationToken cancellationToken)
    {
        var service = await db.Services.AsNoTracking().Include(s => s.Organisation).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        var action = await db.ScheduledActions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == actionId && a.Kind == ContentKind.Service && a.ContentId == id, cancellationToken);
        if (service is null || action is null)
        {
            return WorkflowResult.NotFound(id);
        }

        if (!await permissions.AllowsAsync(user, service, RequirementFor(action.Action)))
        {
            return WorkflowResult.Forbidden(id);
        }

        var cancelled = await db.ScheduledActions
            .Where(a => a.Id == actionId && a.ClaimedAt == null && !a.Cancelled)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.Cancelled, true).SetProperty(x => x.Outcome, $"Cancelled by {UserName(user)}"), cancellationToken);
        if (cancelled != 1)
        {
            return WorkflowResult.Invalid(id, "This schedule has already run or been cancelled.");
        }

        if (action is { Action: ScheduledActionType.Publish, VersionNumber: { } number })
        {
            await VersionsOf(id).Where(v => v.Number == number && v.State == VersionState.Published)
                .ExecuteUpdateAsync(v => v.SetProperty(x => x.State, VersionState.InReview), cancellationToken);
        }

        await audit.RecordForAsync(UserId(user), UserName(user), AuditActions.ScheduleCancelled, Target(service), $"{action.Action.ToString().ToLowerInvariant()} at {action.RunAt:yyyy-MM-dd HH:mm} UTC", cancellationToken);
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
        if (action.Action == ScheduledActionType.Withdraw)
        {
            var withdrawn = await workflow.WithdrawAsync(user, action.ContentId, cancellationToken, when);
            return withdrawn.Outcome switch
            {
                Services.WorkflowOutcome.Done => "Withdrawn",
                Services.WorkflowOutcome.Forbidden => $"Not run: {UserName(user)} may no longer withdraw this service",
                Services.WorkflowOutcome.NotFound => "Not run: the service no longer exists",
                _ => $"Not run: {withdrawn.Message}",
            };
        }

        return await PublishAsync(user, action, when, cancellationToken);
    }

    private async Task<string> PublishAsync(ClaimsPrincipal user, ScheduledAction action, string when, CancellationToken cancellationToken)
    {
        if (await versions.LoadServiceAsync(action.ContentId, tracking: true, cancellationToken) is not { } service)
        {
            return "Not run: the service no longer exists";
        }

        var number = action.VersionNumber ?? 0;
        var all = await versions.VersionsOf(service.Id).OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        if (all.FirstOrDefault(v => v.Number == number) is not { } version)
        {
            return $"Not run: version {number} does not exist";
        }

        // A newer approved version (live or itself scheduled) wins: publishing this one would put older content back.
        var newer = all.FirstOrDefault(v => v.Number > number && v.State is VersionState.Published or VersionState.Superseded);
        if (newer is not null || version.State == VersionState.Superseded)
        {
            if (version.State == VersionState.Published)
            {
                version.State = VersionState.Superseded;
                await db.SaveChangesAsync(cancellationToken);
            }

            return newer is not null ? $"Not published: version {number} was superseded by version {newer.Number}, approved meanwhile" : $"Not published: version {number} was superseded meanwhile";
        }

        if (version.State != VersionState.Published)
        {
            return $"Not published: version {number} is no longer approved";
        }

        if (!await permissions.AllowsAsync(user, service, ContentOperations.Publish)
            || (ServiceSnapshot.FromJson(version.Snapshot).OrganisationId is var target && target != service.OrganisationId
                && !await permissions.AllowsAsync(user, target, ContentOperations.Publish, cancellationToken)))
        {
            await ReturnForReviewAsync(action, cancellationToken);
            return $"Not published: {UserName(user)} may no longer publish this service; the version is back in the review queue";
        }

        var slug = ServiceSnapshot.FromJson(version.Snapshot).Slug;
        if (await db.Services.AnyAsync(s => s.Slug == slug && s.Id != service.Id, cancellationToken))
        {
            await ReturnForReviewAsync(action, cancellationToken);
            return $"Not published: another service now uses the address {slug}; the version is back in the review queue";
        }

        await goLive.ApplyAsync(service, all, version, user, recordReviewer: false, cancellationToken);
        await audit.RecordForAsync(UserId(user), UserName(user), AuditActions.Published, $"service:{service.Slug}", $"version {number} ({when})", cancellationToken);
        return $"Published version {number}";
    }

    /// <summary>An approved version that could not go live goes back to the queue, so it is not stranded as approved but not live.</summary>
    private Task ReturnForReviewAsync(ScheduledAction action, CancellationToken cancellationToken) =>
        action is { Action: ScheduledActionType.Publish, VersionNumber: { } number }
            ? VersionsOf(action.ContentId).Where(v => v.Number == number && v.State == VersionState.Published)
                .ExecuteUpdateAsync(v => v.SetProperty(x => x.State, VersionState.InReview), cancellationToken)
            : Task.CompletedTask;

    private IQueryable<ContentVersion> VersionsOf(Guid id) => db.ContentVersions.Where(v => v.Kind == ContentKind.Service && v.ContentId == id);

    private static Permissions.ContentOperationRequirement RequirementFor(ScheduledActionType action) =>
        action == ScheduledActionType.Publish ? ContentOperations.Publish : ContentOperations.Withdraw;

    private static string Target(Service service) => $"service:{service.Slug}";

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown";

    private static string UserName(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "unknown";
}
