using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Permissions;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Core.Rules;
using Signpost.Data;
using Signpost.Web.Features.Editor.Permissions;
using Signpost.Web.Features.Editor.Scheduling;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Editor.Services;

/// <summary>
/// Every step of a service's publishing workflow. Each step checks the user's permission with the
/// service as the resource, so a forged post is refused however it arrives, and is audited.
/// Drafts live only in versions; the service row (what the public sees) changes only on publish,
/// withdraw and restore.
/// </summary>
public sealed class ServiceWorkflow(
    SignpostDbContext db,
    ServiceVersionReader versions,
    IAuthorizationService authorization,
    IAuditLog audit,
    ServiceGoLive goLive,
    TimeProvider clock)
{
    public async Task<WorkflowResult> CreateAsync(ClaimsPrincipal user, ServiceSnapshot snapshot, string? comment, CancellationToken cancellationToken)
    {
        snapshot = snapshot.Normalised();
        var id = Guid.NewGuid();
        if (!await AllowedAsync(user, ContentOperations.Edit, snapshot.OrganisationId, cancellationToken))
        {
            return WorkflowResult.Forbidden(id);
        }

        if (await SlugTakenAsync(snapshot.Slug, id, cancellationToken))
        {
            return WorkflowResult.Invalid(id, SlugTakenMessage);
        }

        // The row holds the first draft so the slug is reserved, but as a draft nothing public changes until it is published.
        var service = new Service { Id = id, Slug = snapshot.Slug, Name = snapshot.Name, Status = ContentStatus.Draft, LastModified = clock.GetUtcNow() };
        var (terms, locations) = await goLive.ReferencesAsync(snapshot, cancellationToken);
        snapshot.ApplyTo(service, terms, locations);
        db.Services.Add(service);
        db.ContentVersions.Add(NewVersion(user, id, 1, snapshot, comment));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return WorkflowResult.Invalid(id, SlugTakenMessage);
        }

        await RecordAsync(user, AuditActions.Saved, Target(snapshot.Slug), "version 1 (new service)", cancellationToken);
        return WorkflowResult.Done(id, 1);
    }

    /// <summary>
    /// Saves the form as version N+1, where N is <paramref name="baseVersion"/>, the version the
    /// form was loaded from. If someone saved meanwhile, nothing is written and both sides come back.
    /// </summary>
    public async Task<WorkflowResult> SaveDraftAsync(ClaimsPrincipal user, Guid id, int baseVersion, ServiceSnapshot snapshot, string? comment, CancellationToken cancellationToken)
    {
        snapshot = snapshot.Normalised();
        if (await versions.LoadServiceAsync(id, tracking: false, cancellationToken) is not { } service)
        {
            return WorkflowResult.NotFound(id);
        }

        if (!await AllowedAsync(user, ContentOperations.Edit, service.OrganisationId, cancellationToken)
            || (snapshot.OrganisationId != service.OrganisationId && !await AllowedAsync(user, ContentOperations.Edit, snapshot.OrganisationId, cancellationToken)))
        {
            return WorkflowResult.Forbidden(id);
        }

        if (await SlugTakenAsync(snapshot.Slug, id, cancellationToken))
        {
            return WorkflowResult.Invalid(id, SlugTakenMessage);
        }

        var latest = await AddNextVersionAsync(service, baseVersion, () => NewVersion(user, id, 0, snapshot, comment), cancellationToken);
        if (latest.Outcome == WorkflowOutcome.Conflict)
        {
            return latest with { Conflict = latest.Conflict! with { Yours = snapshot } };
        }

        await RecordAsync(user, AuditActions.Saved, Target(snapshot.Slug), $"version {latest.VersionNumber}", cancellationToken);
        return latest;
    }

    public async Task<WorkflowResult> SubmitAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var (service, check) = await AuthorizeAsync(user, id, ContentOperations.Submit, cancellationToken);
        if (service is null)
        {
            return check!;
        }

        var latest = await versions.VersionsOf(id).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        if (latest is not { State: VersionState.Draft or VersionState.Rejected })
        {
            return WorkflowResult.Invalid(id, "There is no draft to submit. Save your changes first.");
        }

        latest.State = VersionState.InReview;
        await db.SaveChangesAsync(cancellationToken);
        await RecordAsync(user, AuditActions.Submitted, Target(service.Slug), $"version {latest.Number}", cancellationToken);
        return WorkflowResult.Done(id, latest.Number);
    }

    /// <summary>
    /// Makes version <paramref name="number"/> live: the snapshot is written onto the service row and
    /// its links in one save (which also records the change feed, so search follows within a second).
    /// <paramref name="asReviewer"/> means approving someone's submission (needs Approve); otherwise
    /// it is a direct publish (needs Publish). With <paramref name="publishAtUtc"/> the version is
    /// approved now but goes live at that time, through the scheduled-action job.
    /// </summary>
    public async Task<WorkflowResult> PublishAsync(ClaimsPrincipal user, Guid id, int number, bool asReviewer, CancellationToken cancellationToken, DateTime? publishAtUtc = null)
    {
        if (await versions.LoadServiceAsync(id, tracking: true, cancellationToken) is not { } service)
        {
            return WorkflowResult.NotFound(id);
        }

        if (!await AllowedAsync(user, asReviewer ? ContentOperations.Approve : ContentOperations.Publish, service.OrganisationId, cancellationToken))
        {
            return WorkflowResult.Forbidden(id);
        }

        var all = await versions.VersionsOf(id).OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        var version = all.FirstOrDefault();
        if (version is null || version.Number != number)
        {
            return WorkflowResult.Invalid(id, "A newer version has been saved since. Check it before publishing.");
        }

        if (asReviewer ? version.State != VersionState.InReview : version.State is VersionState.Published or VersionState.Superseded)
        {
            return WorkflowResult.Invalid(id, asReviewer ? "This version is not waiting for review." : "This version is already published.");
        }

        var snapshot = ServiceSnapshot.FromJson(version.Snapshot);
        if (snapshot.OrganisationId != service.OrganisationId
            && !await AllowedAsync(user, asReviewer ? ContentOperations.Approve : ContentOperations.Publish, snapshot.OrganisationId, cancellationToken))
        {
            return WorkflowResult.Forbidden(id);
        }

        if (await SlugTakenAsync(snapshot.Slug, id, cancellationToken))
        {
            return WorkflowResult.Invalid(id, SlugTakenMessage);
        }

        if (publishAtUtc is { } runAt)
        {
            ScheduledVersion.ApproveForLater(db, version, user, runAt, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            await goLive.ApplyAsync(service, all, version, user, recordReviewer: true, cancellationToken);
        }

        if (asReviewer)
        {
            await RecordAsync(user, AuditActions.Approved, Target(service.Slug), $"version {number} by {version.AuthorName}", cancellationToken);
        }

        if (publishAtUtc is { } at)
        {
            await RecordAsync(user, AuditActions.Scheduled, Target(service.Slug), $"publish version {number} at {at:yyyy-MM-dd HH:mm} UTC", cancellationToken);
            return WorkflowResult.Done(id, number);
        }

        await RecordAsync(user, AuditActions.Published, Target(service.Slug), $"version {number}", cancellationToken);
        return WorkflowResult.Done(id, number);
    }

    public async Task<WorkflowResult> RejectAsync(ClaimsPrincipal user, Guid id, int number, string? comment, CancellationToken cancellationToken)
    {
        var (service, check) = await AuthorizeAsync(user, id, ContentOperations.Approve, cancellationToken);
        if (service is null)
        {
            return check!;
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            return WorkflowResult.Invalid(id, "Say why the change is sent back, so the editor knows what to fix");
        }

        var version = await versions.VersionsOf(id).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        if (version is null || version.Number != number || version.State != VersionState.InReview)
        {
            return WorkflowResult.Invalid(id, "This version is not waiting for review.");
        }

        version.State = VersionState.Rejected;
        version.Comment = comment.Trim();
        version.ReviewedById = UserId(user);
        version.ReviewedByName = UserName(user);
        version.ReviewedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await RecordAsync(user, AuditActions.Rejected, Target(service.Slug), $"version {number}: {version.Comment}", cancellationToken);
        return WorkflowResult.Done(id, number);
    }

    /// <param name="detail">Said in the audit entry, e.g. that the scheduled-action job ran it.</param>
    public Task<WorkflowResult> WithdrawAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken, string? detail = null) =>
        ChangeStatusAsync(user, id, ContentOperations.Withdraw, ContentStatus.Published, ContentStatus.Withdrawn, AuditActions.Withdrawn, "Only a published service can be withdrawn.", cancellationToken, detail);

    public Task<WorkflowResult> RestoreAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        ChangeStatusAsync(user, id, ContentOperations.Restore, ContentStatus.Withdrawn, ContentStatus.Published, AuditActions.Restored, "Only a withdrawn service can be restored.", cancellationToken);

    /// <summary>Copies version <paramref name="number"/> as a new draft on top of the history; nothing is deleted and nothing goes live.</summary>
    public async Task<WorkflowResult> RollbackAsync(ClaimsPrincipal user, Guid id, int number, CancellationToken cancellationToken)
    {
        if (await versions.LoadServiceAsync(id, tracking: false, cancellationToken) is not { } service)
        {
            return WorkflowResult.NotFound(id);
        }

        if (!await AllowedAsync(user, ContentOperations.Rollback, service.OrganisationId, cancellationToken))
        {
            return WorkflowResult.Forbidden(id);
        }

        if (await versions.FindAsync(service, number, cancellationToken) is not { } source)
        {
            return WorkflowResult.NotFound(id);
        }

        var snapshot = ServiceSnapshot.FromJson(source.Snapshot);
        var latestNumber = await versions.VersionsOf(id).MaxAsync(v => (int?)v.Number, cancellationToken) ?? ServiceVersionReader.ImportedVersionNumber;
        var result = await AddNextVersionAsync(service, latestNumber, () => NewVersion(user, id, 0, snapshot, $"Rolled back to version {number}"), cancellationToken);
        if (result.Outcome == WorkflowOutcome.Conflict)
        {
            return WorkflowResult.Invalid(id, "Someone else saved this service at the same moment. Try again.");
        }

        await RecordAsync(user, AuditActions.RolledBack, Target(service.Slug), $"version {number} copied as version {result.VersionNumber}", cancellationToken);
        return result;
    }

    private const string SlugTakenMessage = "Another service already uses this web address. Choose a different one";

    private async Task<WorkflowResult> ChangeStatusAsync(
        ClaimsPrincipal user, Guid id, ContentOperationRequirement requirement, ContentStatus from, ContentStatus to, string auditAction, string wrongState, CancellationToken cancellationToken, string? detail = null)
    {
        var service = await db.Services.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (service is null)
        {
            return WorkflowResult.NotFound(id);
        }

        if (!await AllowedAsync(user, requirement, service.OrganisationId, cancellationToken))
        {
            return WorkflowResult.Forbidden(id);
        }

        if (service.Status != from)
        {
            return WorkflowResult.Invalid(id, wrongState);
        }

        service.Status = to;
        service.LastModified = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await RecordAsync(user, auditAction, Target(service.Slug), detail, cancellationToken);
        return WorkflowResult.Done(id);
    }

    /// <summary>
    /// Adds the next version when the newest is still <paramref name="baseVersion"/>. A seeded service
    /// first gets its imported version 1 in the same save. The unique (kind, item, number) index
    /// settles a race between two editors reading the same newest version.
    /// </summary>
    private async Task<WorkflowResult> AddNextVersionAsync(Service service, int baseVersion, Func<ContentVersion> create, CancellationToken cancellationToken)
    {
        var latest = await versions.VersionsOf(service.Id).AsNoTracking().OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        var latestNumber = latest?.Number ?? ServiceVersionReader.ImportedVersionNumber;
        if (latestNumber != baseVersion)
        {
            return await ConflictAsync(service, cancellationToken);
        }

        if (latest is null)
        {
            db.ContentVersions.Add(ServiceVersionReader.Imported(service));
        }

        var version = create();
        version.Number = latestNumber + 1;
        db.ContentVersions.Add(version);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await ConflictAsync(service, cancellationToken);
        }

        return WorkflowResult.Done(service.Id, version.Number);
    }

    private async Task<WorkflowResult> ConflictAsync(Service service, CancellationToken cancellationToken)
    {
        var theirs = await versions.LatestAsync(service.Id, cancellationToken) ?? ServiceVersionReader.Imported(service);
        var snapshot = ServiceSnapshot.FromJson(theirs.Snapshot);
        return new WorkflowResult(WorkflowOutcome.Conflict, service.Id, theirs.Number, Conflict: new ServiceConflict(theirs, snapshot, snapshot));
    }

    private Task<bool> SlugTakenAsync(string slug, Guid serviceId, CancellationToken cancellationToken) =>
        db.Services.AnyAsync(s => s.Slug == slug && s.Id != serviceId, cancellationToken);

    private async Task<(Service? Service, WorkflowResult? Refusal)> AuthorizeAsync(ClaimsPrincipal user, Guid id, ContentOperationRequirement requirement, CancellationToken cancellationToken)
    {
        var service = await db.Services.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (service is null)
        {
            return (null, WorkflowResult.NotFound(id));
        }

        return await AllowedAsync(user, requirement, service.OrganisationId, cancellationToken) ? (service, null) : (null, WorkflowResult.Forbidden(id));
    }

    private async Task<bool> AllowedAsync(ClaimsPrincipal user, ContentOperationRequirement requirement, Guid organisationId, CancellationToken cancellationToken)
    {
        var trusted = await db.Organisations.Where(o => o.Id == organisationId).Select(o => (bool?)o.IsTrusted).FirstOrDefaultAsync(cancellationToken);
        if (trusted is null)
        {
            return false;
        }

        var result = await authorization.AuthorizeAsync(user, new ContentResource(ContentKind.Service, organisationId, trusted.Value), requirement);
        return result.Succeeded;
    }

    private ContentVersion NewVersion(ClaimsPrincipal user, Guid id, int number, ServiceSnapshot snapshot, string? comment) => new()
    {
        Kind = ContentKind.Service,
        ContentId = id,
        Number = number,
        OrganisationId = snapshot.OrganisationId,
        Title = snapshot.Name,
        Snapshot = snapshot.ToJson(),
        State = VersionState.Draft,
        AuthorId = UserId(user),
        AuthorName = UserName(user),
        CreatedAt = clock.GetUtcNow().UtcDateTime,
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
    };

    /// <summary>Audits as the user the step runs for, which is the signed-in user in a request and the scheduling user in the background job.</summary>
    private Task RecordAsync(ClaimsPrincipal user, string action, string target, string? detail, CancellationToken cancellationToken) =>
        audit.RecordForAsync(UserId(user), UserName(user), action, target, detail, cancellationToken);

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown";

    private static string UserName(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "unknown";

    private static string Target(string slug) => $"service:{slug}";
}
