using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Permissions;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Data;
using Signpost.Web.Features.Editor.Permissions;
using Signpost.Web.Features.Editor.Scheduling;
using Signpost.Web.Features.Editor.Services;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Editor.Workflow;

/// <summary>
/// The publishing workflow shared by pages, organisations and venues, following the services'
/// rules: drafts live only in versions and the row (what the public sees) changes only on publish;
/// every step asks the authorization service with the item as the resource, so a forged post is
/// refused however it arrives; every step is audited. Each kind says how its row and snapshot map.
/// </summary>
public abstract class ContentWorkflow<TItem, TSnapshot>(
    SignpostDbContext db,
    VersionHistory history,
    IAuthorizationService authorization,
    IAuditLog audit,
    TimeProvider clock)
    where TItem : class
    where TSnapshot : class, ISnapshot<TSnapshot>
{
    protected SignpostDbContext Db => db;
    protected TimeProvider Clock => clock;
    protected IAuditLog Audit => audit;

    public abstract ContentKind Kind { get; }

    public abstract Task<TItem?> LoadAsync(Guid id, bool tracking, CancellationToken cancellationToken);

    /// <summary>The item as authorization sees it: its kind, owner and whether the owner is trusted.</summary>
    public abstract Task<ContentResource> ResourceAsync(TItem item, CancellationToken cancellationToken);

    public abstract TSnapshot SnapshotOf(TItem item);

    /// <summary>Who would own an item not created yet.</summary>
    protected abstract Task<ContentResource> NewResourceAsync(ClaimsPrincipal user, TSnapshot snapshot, CancellationToken cancellationToken);

    protected abstract Guid IdOf(TItem item);

    /// <summary>Whether the row is on the public site as imported, for the version 1 it gets on its first edit.</summary>
    protected abstract bool IsLive(TItem item);

    protected abstract DateTimeOffset ModifiedAt(TItem item);

    /// <summary>A rule the snapshot breaks against the rest of the store (a taken address, say), as a form field and a message.</summary>
    protected abstract Task<(string Field, string Message)?> BrokenRuleAsync(Guid id, TItem? current, TSnapshot snapshot, CancellationToken cancellationToken);

    /// <summary>A new row holding the first draft, added to the store but not yet public.</summary>
    protected abstract TItem AddNew(Guid id, TSnapshot snapshot, DateTimeOffset now);

    /// <summary>Writes the snapshot onto the tracked row, with anything that follows (redirects from old addresses).</summary>
    protected abstract Task PublishOntoAsync(TItem item, TSnapshot snapshot, DateTimeOffset now, CancellationToken cancellationToken);

    protected abstract string AuditTarget(TSnapshot snapshot);

    public async Task<bool> AllowsAsync(ClaimsPrincipal user, TItem item, ContentOperationRequirement requirement, CancellationToken cancellationToken) =>
        await AllowsAsync(user, await ResourceAsync(item, cancellationToken), requirement);

    public string AuditTargetOf(TItem item) => AuditTarget(SnapshotOf(item));

    /// <summary>The message of a rule the version would break if it went live now, or null.</summary>
    public async Task<string?> BrokenRuleAsync(TItem item, ContentVersion version, CancellationToken cancellationToken) =>
        (await BrokenRuleAsync(IdOf(item), item, TSnapshot.FromJson(version.Snapshot), cancellationToken))?.Message;

    public async Task<ContentVersion> LatestAsync(TItem item, CancellationToken cancellationToken) =>
        await history.LatestAsync(Kind, IdOf(item), cancellationToken) ?? Imported(item);

    public Task<IReadOnlyList<ContentVersion>> HistoryAsync(TItem item, CancellationToken cancellationToken) =>
        history.HistoryAsync(Kind, IdOf(item), () => Imported(item), cancellationToken);

    public Task<ContentVersion?> FindAsync(TItem item, int number, CancellationToken cancellationToken) =>
        history.FindAsync(Kind, IdOf(item), number, () => Imported(item), cancellationToken);

    /// <summary>What the public sees now, as a snapshot; null for an item never published.</summary>
    public async Task<TSnapshot?> PublishedAsync(TItem item, CancellationToken cancellationToken)
    {
        if (await history.PublishedSnapshotAsync(Kind, IdOf(item), cancellationToken) is { } json)
        {
            return TSnapshot.FromJson(json);
        }

        return IsLive(item) && !await history.VersionsOf(Kind, IdOf(item)).AnyAsync(cancellationToken) ? SnapshotOf(item) : null;
    }

    public async Task<StepResult<TSnapshot>> CreateAsync(ClaimsPrincipal user, TSnapshot snapshot, string? comment, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        var resource = await NewResourceAsync(user, snapshot, cancellationToken);
        if (!await AllowsAsync(user, resource, ContentOperations.Edit))
        {
            return StepResult<TSnapshot>.Forbidden(id);
        }

        if (await BrokenRuleAsync(id, null, snapshot, cancellationToken) is { } broken)
        {
            return StepResult<TSnapshot>.Invalid(id, broken.Message, broken.Field);
        }

        AddNew(id, snapshot, clock.GetUtcNow());
        var first = NewVersion(user, id, resource, snapshot, comment);
        first.Number = 1;
        db.ContentVersions.Add(first);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two people creating the same address at once: the unique index decides, the loser is told.
            db.ChangeTracker.Clear();
            return StepResult<TSnapshot>.Invalid(id, "Something else was saved with the same name or address at the same moment. Try again");
        }

        await audit.RecordAsync(AuditActions.Saved, AuditTarget(snapshot), $"version 1 (new {Kind.ToString().ToLowerInvariant()})", cancellationToken);
        return StepResult<TSnapshot>.Done(id, 1);
    }

    /// <summary>
    /// Saves the form as version N+1, where N is <paramref name="baseVersion"/>, the version the form
    /// was loaded from. If someone saved meanwhile, nothing is written and both sides come back.
    /// </summary>
    public async Task<StepResult<TSnapshot>> SaveDraftAsync(ClaimsPrincipal user, Guid id, int baseVersion, TSnapshot snapshot, string? comment, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, tracking: false, cancellationToken) is not { } item)
        {
            return StepResult<TSnapshot>.NotFound(id);
        }

        var resource = await ResourceAsync(item, cancellationToken);
        if (!await AllowsAsync(user, resource, ContentOperations.Edit))
        {
            return StepResult<TSnapshot>.Forbidden(id);
        }

        if (await BrokenRuleAsync(id, item, snapshot, cancellationToken) is { } broken)
        {
            return StepResult<TSnapshot>.Invalid(id, broken.Message, broken.Field);
        }

        var result = await AddNextVersionAsync(item, baseVersion, () => NewVersion(user, id, resource, snapshot, comment), cancellationToken);
        if (result.Outcome == WorkflowOutcome.Conflict)
        {
            return result with { Conflict = result.Conflict! with { Yours = snapshot } };
        }

        await audit.RecordAsync(AuditActions.Saved, AuditTarget(snapshot), $"version {result.VersionNumber}", cancellationToken);
        return result;
    }

    /// <summary>
    /// What an edit form's buttons do: save a draft, then submit or publish it when that button was pressed.
    /// Stops at the save when the save did not succeed (refused, conflict, invalid).
    /// </summary>
    public async Task<StepResult<TSnapshot>> SaveThenAsync(
        ClaimsPrincipal user, Guid id, int baseVersion, TSnapshot snapshot, string? comment, string? action, CancellationToken cancellationToken, DateTime? publishAtUtc = null)
    {
        var saved = await SaveDraftAsync(user, id, baseVersion, snapshot, comment, cancellationToken);
        if (saved.Outcome != WorkflowOutcome.Done)
        {
            return saved;
        }

        return action switch
        {
            "submit" => await SubmitAsync(user, id, cancellationToken),
            "publish" => await PublishAsync(user, id, saved.VersionNumber!.Value, asReviewer: false, cancellationToken, publishAtUtc),
            _ => saved,
        };
    }

    public async Task<StepResult<TSnapshot>> SubmitAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        if (await AuthorizeAsync(user, id, ContentOperations.Submit, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var latest = await history.VersionsOf(Kind, id).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        if (latest is not { State: VersionState.Draft or VersionState.Rejected })
        {
            return StepResult<TSnapshot>.Invalid(id, "There is no draft to submit. Save your changes first.");
        }

        latest.State = VersionState.InReview;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.Submitted, AuditTarget(TSnapshot.FromJson(latest.Snapshot)), $"version {latest.Number}", cancellationToken);
        return StepResult<TSnapshot>.Done(id, latest.Number);
    }

    /// <summary>
    /// Makes version <paramref name="number"/> live by writing it onto the row in one save (which also
    /// records the change feed, so search follows). <paramref name="asReviewer"/> means approving a
    /// submission (needs Approve); otherwise it is a direct publish (needs Publish). With
    /// <paramref name="publishAtUtc"/> the version is approved now but goes live at that time, through the scheduled-action job.
    /// </summary>
    public async Task<StepResult<TSnapshot>> PublishAsync(ClaimsPrincipal user, Guid id, int number, bool asReviewer, CancellationToken cancellationToken, DateTime? publishAtUtc = null)
    {
        if (await LoadAsync(id, tracking: true, cancellationToken) is not { } item)
        {
            return StepResult<TSnapshot>.NotFound(id);
        }

        if (!await AllowsAsync(user, await ResourceAsync(item, cancellationToken), asReviewer ? ContentOperations.Approve : ContentOperations.Publish))
        {
            return StepResult<TSnapshot>.Forbidden(id);
        }

        var all = await history.VersionsOf(Kind, id).OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        var version = all.FirstOrDefault();
        if (version is null || version.Number != number)
        {
            return StepResult<TSnapshot>.Invalid(id, "A newer version has been saved since. Check it before publishing.");
        }

        if (asReviewer ? version.State != VersionState.InReview : version.State is VersionState.Published or VersionState.Superseded)
        {
            return StepResult<TSnapshot>.Invalid(id, asReviewer ? "This version is not waiting for review." : "This version is already published.");
        }

        var snapshot = TSnapshot.FromJson(version.Snapshot);
        if (await BrokenRuleAsync(id, item, snapshot, cancellationToken) is { } broken)
        {
            return StepResult<TSnapshot>.Invalid(id, broken.Message, broken.Field);
        }

        if (publishAtUtc is { } runAt)
        {
            ScheduledVersion.ApproveForLater(db, version, user, runAt, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            await GoLiveAsync(item, all, version, user, recordReviewer: true, cancellationToken);
        }

        if (asReviewer)
        {
            await audit.RecordAsync(AuditActions.Approved, AuditTarget(snapshot), $"version {number} by {version.AuthorName}", cancellationToken);
        }

        await audit.RecordAsync(
            publishAtUtc is null ? AuditActions.Published : AuditActions.Scheduled,
            AuditTarget(snapshot),
            publishAtUtc is { } at ? $"publish version {number} at {at:yyyy-MM-dd HH:mm} UTC" : $"version {number}",
            cancellationToken);
        return StepResult<TSnapshot>.Done(id, number);
    }

    /// <summary>
    /// The one place a version becomes what the public sees, shared by publishing now and the
    /// scheduled-action job: writes it onto the tracked row in one save (which records the change
    /// feed, so search follows) and supersedes the version that was live. Callers check first.
    /// </summary>
    public async Task GoLiveAsync(TItem item, IReadOnlyList<ContentVersion> all, ContentVersion version, ClaimsPrincipal reviewer, bool recordReviewer, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await PublishOntoAsync(item, TSnapshot.FromJson(version.Snapshot), now, cancellationToken);
        VersionFactory.MarkLive(all, version, recordReviewer ? reviewer : null, now);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<StepResult<TSnapshot>> RejectAsync(ClaimsPrincipal user, Guid id, int number, string? comment, CancellationToken cancellationToken)
    {
        if (await AuthorizeAsync(user, id, ContentOperations.Approve, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            return StepResult<TSnapshot>.Invalid(id, "Say why the change is sent back, so the editor knows what to fix", "comment");
        }

        var version = await history.VersionsOf(Kind, id).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        if (version is null || version.Number != number || version.State != VersionState.InReview)
        {
            return StepResult<TSnapshot>.Invalid(id, "This version is not waiting for review.");
        }

        version.State = VersionState.Rejected;
        version.Comment = comment.Trim();
        version.ReviewedById = EditorUser.Id(user);
        version.ReviewedByName = EditorUser.Name(user);
        version.ReviewedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.Rejected, AuditTarget(TSnapshot.FromJson(version.Snapshot)), $"version {number}: {version.Comment}", cancellationToken);
        return StepResult<TSnapshot>.Done(id, number);
    }

    /// <summary>Copies version <paramref name="number"/> as a new draft on top of the history; nothing is deleted and nothing goes live.</summary>
    public async Task<StepResult<TSnapshot>> RollbackAsync(ClaimsPrincipal user, Guid id, int number, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, tracking: false, cancellationToken) is not { } item)
        {
            return StepResult<TSnapshot>.NotFound(id);
        }

        var resource = await ResourceAsync(item, cancellationToken);
        if (!await AllowsAsync(user, resource, ContentOperations.Rollback))
        {
            return StepResult<TSnapshot>.Forbidden(id);
        }

        if (await FindAsync(item, number, cancellationToken) is not { } source)
        {
            return StepResult<TSnapshot>.NotFound(id);
        }

        var snapshot = TSnapshot.FromJson(source.Snapshot);
        var latestNumber = await history.VersionsOf(Kind, id).MaxAsync(v => (int?)v.Number, cancellationToken) ?? VersionHistory.ImportedVersionNumber;
        var result = await AddNextVersionAsync(item, latestNumber, () => NewVersion(user, id, resource, snapshot, $"Rolled back to version {number}"), cancellationToken);
        if (result.Outcome == WorkflowOutcome.Conflict)
        {
            return StepResult<TSnapshot>.Invalid(id, "Someone else saved this at the same moment. Try again.");
        }

        await audit.RecordAsync(AuditActions.RolledBack, AuditTarget(snapshot), $"version {number} copied as version {result.VersionNumber}", cancellationToken);
        return result;
    }

    /// <summary>The version 1 an imported item gets on its first edit: its row as it is.</summary>
    public ContentVersion Imported(TItem item)
    {
        var version = VersionFactory.New(Kind, IdOf(item), null, SnapshotOf(item), VersionHistory.ImportedAuthor, VersionHistory.ImportedAuthor, ModifiedAt(item), null);
        version.Number = VersionHistory.ImportedVersionNumber;
        version.State = IsLive(item) ? VersionState.Published : VersionState.Draft;
        return version;
    }

    protected async Task<bool> AllowsAsync(ClaimsPrincipal user, ContentResource resource, ContentOperationRequirement requirement) =>
        (await authorization.AuthorizeAsync(user, resource, requirement)).Succeeded;

    /// <summary>Null when the user may do this to the item; otherwise the answer to give.</summary>
    protected async Task<StepResult<TSnapshot>?> AuthorizeAsync(ClaimsPrincipal user, Guid id, ContentOperationRequirement requirement, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, tracking: false, cancellationToken) is not { } item)
        {
            return StepResult<TSnapshot>.NotFound(id);
        }

        return await AllowsAsync(user, await ResourceAsync(item, cancellationToken), requirement) ? null : StepResult<TSnapshot>.Forbidden(id);
    }

    /// <summary>
    /// Adds the next version when the newest is still <paramref name="baseVersion"/>. An imported item
    /// first gets its version 1 in the same save. The unique (kind, item, number) index settles a race
    /// between two editors reading the same newest version.
    /// </summary>
    private async Task<StepResult<TSnapshot>> AddNextVersionAsync(TItem item, int baseVersion, Func<ContentVersion> create, CancellationToken cancellationToken)
    {
        var id = IdOf(item);
        var latest = await history.VersionsOf(Kind, id).AsNoTracking().OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        var latestNumber = latest?.Number ?? VersionHistory.ImportedVersionNumber;
        if (latestNumber != baseVersion)
        {
            return await ConflictAsync(item, cancellationToken);
        }

        if (latest is null)
        {
            db.ContentVersions.Add(Imported(item));
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
            return await ConflictAsync(item, cancellationToken);
        }

        return StepResult<TSnapshot>.Done(id, version.Number);
    }

    private async Task<StepResult<TSnapshot>> ConflictAsync(TItem item, CancellationToken cancellationToken)
    {
        var theirs = await LatestAsync(item, cancellationToken);
        var snapshot = TSnapshot.FromJson(theirs.Snapshot);
        return new StepResult<TSnapshot>(WorkflowOutcome.Conflict, IdOf(item), theirs.Number, Conflict: new ContentConflict<TSnapshot>(theirs, snapshot, snapshot));
    }

    private ContentVersion NewVersion(ClaimsPrincipal user, Guid id, ContentResource resource, TSnapshot snapshot, string? comment) =>
        VersionFactory.New(Kind, id, resource.OrganisationId, snapshot, EditorUser.Id(user), EditorUser.Name(user), clock.GetUtcNow(), comment);
}
