using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Permissions;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Data;
using Signpost.Web.Features.Editor.Services;
using Signpost.Web.Features.Editor.Workflow;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Editor.Locations;

/// <summary>
/// Venues through the shared workflow. A venue has no owner of its own: see
/// <see cref="LocationOwnership"/>. Publishing, withdrawing and restoring write the row, and the
/// change feed re-indexes every service held there, so search's map points and distances follow.
/// Only managers withdraw a venue: it may be shared, and it vanishes from every service held there.
/// </summary>
public sealed class LocationWorkflow(
    SignpostDbContext db,
    VersionHistory history,
    ServiceEditorQueries scopes,
    IAuthorizationService authorization,
    IAuditLog audit,
    TimeProvider clock)
    : WithdrawableWorkflow<Location, LocationSnapshot>(db, history, authorization, audit, clock)
{
    public override ContentKind Kind => ContentKind.Location;

    public override Task<Location?> LoadAsync(Guid id, bool tracking, CancellationToken cancellationToken) =>
        (tracking ? Db.Locations : Db.Locations.AsNoTracking()).FirstOrDefaultAsync(l => l.Id == id, cancellationToken);

    public override async Task<ContentResource> ResourceAsync(Location item, CancellationToken cancellationToken)
    {
        var owners = (await Db.Services.AsNoTracking()
            .Where(s => s.Locations.Any(l => l.Id == item.Id))
            .Select(s => new { s.OrganisationId, s.Organisation.IsTrusted })
            .ToListAsync(cancellationToken))
            .Select(o => (o.OrganisationId, o.IsTrusted))
            .ToList();
        var creatorId = await Db.ContentVersions.AsNoTracking()
            .Where(v => v.Kind == ContentKind.Location && v.ContentId == item.Id && v.Number == 1)
            .Select(v => v.OrganisationId)
            .FirstOrDefaultAsync(cancellationToken);
        // Anonymous types, not tuples, in the projections: Npgsql would read a tuple as a row value it cannot map.
        var creatorRow = creatorId is { } id
            ? await Db.Organisations.AsNoTracking().Where(o => o.Id == id).Select(o => new { o.Id, o.IsTrusted }).FirstOrDefaultAsync(cancellationToken)
            : null;
        (Guid, bool)? creator = creatorRow is null ? null : (creatorRow.Id, creatorRow.IsTrusted);
        return LocationOwnership.Resource(owners, creator);
    }

    public override LocationSnapshot SnapshotOf(Location item) => item.ToSnapshot();

    public override ContentStatus StatusOf(Location item) => item.Status;

    protected override string Noun => "venue";

    protected override void SetStatus(Location item, ContentStatus status, DateTimeOffset now)
    {
        item.Status = status;
        item.LastModified = now;
    }

    /// <summary>A new venue belongs to the organisation of whoever creates it (managers may have none).</summary>
    public async Task<ContentResource> NewResourceAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var scope = await scopes.ScopeAsync(user, cancellationToken);
        if (scope.OrganisationId is not { } organisationId)
        {
            return new ContentResource(ContentKind.Location, null, false);
        }

        var trusted = await Db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => o.IsTrusted).FirstOrDefaultAsync(cancellationToken);
        return new ContentResource(ContentKind.Location, organisationId, trusted);
    }

    public async Task<bool> MayCreateAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await AllowsAsync(user, await NewResourceAsync(user, cancellationToken), Permissions.ContentOperations.Edit);

    protected override Task<ContentResource> NewResourceAsync(ClaimsPrincipal user, LocationSnapshot snapshot, CancellationToken cancellationToken) =>
        NewResourceAsync(user, cancellationToken);

    protected override Guid IdOf(Location item) => item.Id;

    protected override bool IsLive(Location item) => true;

    protected override DateTimeOffset ModifiedAt(Location item) => item.LastModified;

    protected override async Task<(string Field, string Message)?> BrokenRuleAsync(Guid id, Location? current, LocationSnapshot snapshot, CancellationToken cancellationToken) =>
        await Db.Locations.AnyAsync(l => l.Id != id && l.Slug == snapshot.Slug, cancellationToken)
            ? ("Name", "Another venue already has this name. Add the street or town to tell them apart")
            : null;

    protected override Location AddNew(Guid id, LocationSnapshot snapshot, DateTimeOffset now)
    {
        var location = new Location { Id = id, Slug = snapshot.Slug, Name = snapshot.Name, LastModified = now };
        snapshot.ApplyTo(location);
        Db.Locations.Add(location);
        return location;
    }

    /// <summary>Leaves the status alone: a withdrawn venue comes back only when someone restores it.</summary>
    protected override Task PublishOntoAsync(Location item, LocationSnapshot snapshot, DateTimeOffset now, CancellationToken cancellationToken)
    {
        snapshot.ApplyTo(item);
        item.LastModified = now;
        return Task.CompletedTask;
    }

    protected override string AuditTarget(LocationSnapshot snapshot) => $"location:{snapshot.Slug}";
}
