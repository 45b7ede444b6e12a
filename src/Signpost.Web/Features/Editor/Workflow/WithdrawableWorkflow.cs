using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Signpost.Core.Audit;
using Signpost.Core.Content;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Data;
using Signpost.Web.Features.Editor.Permissions;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Editor.Workflow;

/// <summary>
/// Kinds with a public on/off switch beside their versions (pages, organisations, venues): withdraw
/// and restore flip the row's status in one save, so the change feed tells search in the same commit,
/// and nothing in the versions changes, so restoring brings back exactly what was live.
/// </summary>
public abstract class WithdrawableWorkflow<TItem, TSnapshot>(
    SignpostDbContext db,
    VersionHistory history,
    IAuthorizationService authorization,
    IAuditLog audit,
    TimeProvider clock)
    : ContentWorkflow<TItem, TSnapshot>(db, history, authorization, audit, clock)
    where TItem : class
    where TSnapshot : class, ISnapshot<TSnapshot>
{
    /// <summary>The word the refusal messages use, e.g. "venue".</summary>
    protected abstract string Noun { get; }

    public abstract ContentStatus StatusOf(TItem item);

    /// <summary>Sets the row's status and its last-modified time, which the sitemap and caches read.</summary>
    protected abstract void SetStatus(TItem item, ContentStatus status, DateTimeOffset now);

    public string WithdrawOnlyPublished => $"Only a published {Noun} can be withdrawn.";

    /// <param name="detail">Said in the audit entry, e.g. that the scheduled-action job ran it.</param>
    public Task<StepResult<TSnapshot>> WithdrawAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken, string? detail = null) =>
        ChangeStatusAsync(user, id, ContentOperations.Withdraw, ContentStatus.Published, ContentStatus.Withdrawn, AuditActions.Withdrawn, WithdrawOnlyPublished, detail, cancellationToken);

    public Task<StepResult<TSnapshot>> RestoreAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        ChangeStatusAsync(user, id, ContentOperations.Restore, ContentStatus.Withdrawn, ContentStatus.Published, AuditActions.Restored, $"Only a withdrawn {Noun} can be restored.", null, cancellationToken);

    private async Task<StepResult<TSnapshot>> ChangeStatusAsync(
        ClaimsPrincipal user, Guid id, ContentOperationRequirement requirement, ContentStatus from, ContentStatus to, string auditAction, string wrongState, string? detail, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, tracking: true, cancellationToken) is not { } item)
        {
            return StepResult<TSnapshot>.NotFound(id);
        }

        if (!await AllowsAsync(user, item, requirement, cancellationToken))
        {
            return StepResult<TSnapshot>.Forbidden(id);
        }

        if (StatusOf(item) != from)
        {
            return StepResult<TSnapshot>.Invalid(id, wrongState);
        }

        SetStatus(item, to, Clock.GetUtcNow());
        await Db.SaveChangesAsync(cancellationToken);
        // As the user the step runs for: the signed-in user in a request, the scheduling user in the background job.
        await Audit.RecordForAsync(EditorUser.Id(user), EditorUser.Name(user), auditAction, AuditTargetOf(item), detail, cancellationToken);
        return StepResult<TSnapshot>.Done(id);
    }
}
