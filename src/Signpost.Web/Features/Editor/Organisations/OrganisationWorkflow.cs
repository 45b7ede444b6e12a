using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Permissions;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Data;
using Signpost.Web.Features.Editor.Permissions;
using Signpost.Web.Features.Editor.Workflow;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Editor.Organisations;

/// <summary>
/// Organisations through the shared workflow: an editor changes their own (submitted for review
/// unless trusted); only managers create one, grant trust, or withdraw and restore it. Publishing,
/// withdrawing and restoring write the row, and the change feed re-indexes every service of the
/// organisation, so a new name is searchable at once and a withdrawn organisation's services leave search.
/// </summary>
public sealed class OrganisationWorkflow(SignpostDbContext db, VersionHistory history, IAuthorizationService authorization, IAuditLog audit, TimeProvider clock)
    : WithdrawableWorkflow<Organisation, OrganisationSnapshot>(db, history, authorization, audit, clock)
{
    public override ContentKind Kind => ContentKind.Organisation;

    public override Task<Organisation?> LoadAsync(Guid id, bool tracking, CancellationToken cancellationToken) =>
        (tracking ? Db.Organisations : Db.Organisations.AsNoTracking()).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    public override Task<ContentResource> ResourceAsync(Organisation item, CancellationToken cancellationToken) =>
        Task.FromResult(new ContentResource(ContentKind.Organisation, item.Id, item.IsTrusted));

    public override OrganisationSnapshot SnapshotOf(Organisation item) => item.ToSnapshot();

    public override ContentStatus StatusOf(Organisation item) => item.Status;

    protected override string Noun => "organisation";

    protected override void SetStatus(Organisation item, ContentStatus status, DateTimeOffset now)
    {
        item.Status = status;
        item.LastModified = now;
    }

    /// <summary>Whether the user may create organisations (nobody owns one before it exists, so only managers).</summary>
    public Task<bool> MayCreateAsync(ClaimsPrincipal user) =>
        AllowsAsync(user, new ContentResource(ContentKind.Organisation, null, false), ContentOperations.Edit);

    /// <summary>
    /// Trust is a permission, not content: it changes at once, outside the versions, and only for
    /// managers. Refused before anything is written, so a forged post changes nothing.
    /// </summary>
    public async Task<StepResult<OrganisationSnapshot>> SetTrustedAsync(ClaimsPrincipal user, Guid id, bool trusted, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, tracking: true, cancellationToken) is not { } organisation)
        {
            return StepResult<OrganisationSnapshot>.NotFound(id);
        }

        if (!await AllowsAsync(user, await ResourceAsync(organisation, cancellationToken), ContentOperations.Trust))
        {
            return StepResult<OrganisationSnapshot>.Forbidden(id);
        }

        if (organisation.IsTrusted != trusted)
        {
            organisation.IsTrusted = trusted;
            await Db.SaveChangesAsync(cancellationToken);
            await Audit.RecordAsync(AuditActions.TrustChanged, $"organisation:{organisation.Slug}", trusted ? "trusted: publishes without review" : "not trusted: changes need review", cancellationToken);
        }

        return StepResult<OrganisationSnapshot>.Done(id);
    }

    protected override Task<ContentResource> NewResourceAsync(ClaimsPrincipal user, OrganisationSnapshot snapshot, CancellationToken cancellationToken) =>
        Task.FromResult(new ContentResource(ContentKind.Organisation, null, false));

    protected override Guid IdOf(Organisation item) => item.Id;

    protected override bool IsLive(Organisation item) => true;

    protected override DateTimeOffset ModifiedAt(Organisation item) => item.LastModified;

    protected override async Task<(string Field, string Message)?> BrokenRuleAsync(Guid id, Organisation? current, OrganisationSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (await Db.Organisations.AnyAsync(o => o.Id != id && (o.Slug == snapshot.Slug || o.Name == snapshot.Name), cancellationToken))
        {
            return ("Name", "Another organisation already has this name. Choose a different one");
        }

        return null;
    }

    protected override Organisation AddNew(Guid id, OrganisationSnapshot snapshot, DateTimeOffset now)
    {
        var organisation = new Organisation { Id = id, Slug = snapshot.Slug, Name = snapshot.Name, LastModified = now };
        snapshot.ApplyTo(organisation);
        Db.Organisations.Add(organisation);
        return organisation;
    }

    /// <summary>Leaves the status alone: a withdrawn organisation comes back only when someone restores it.</summary>
    protected override Task PublishOntoAsync(Organisation item, OrganisationSnapshot snapshot, DateTimeOffset now, CancellationToken cancellationToken)
    {
        snapshot.ApplyTo(item);
        item.LastModified = now;
        return Task.CompletedTask;
    }

    protected override string AuditTarget(OrganisationSnapshot snapshot) => $"organisation:{snapshot.Slug}";
}
