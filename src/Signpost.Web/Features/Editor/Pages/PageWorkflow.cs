using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Permissions;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Data;
using Signpost.Web.Features.Editor.Permissions;
using Signpost.Web.Features.Editor.Workflow;
using Signpost.Web.Infrastructure.Audit;
using Page = Signpost.Core.Content.Page;

namespace Signpost.Web.Features.Editor.Pages;

/// <summary>
/// Information pages through the shared workflow. Pages belong to no organisation, so only managers
/// pass authorization. A published page that moves keeps its old address as a 301.
/// </summary>
public sealed class PageWorkflow(SignpostDbContext db, VersionHistory history, IAuthorizationService authorization, IAuditLog audit, TimeProvider clock)
    : WithdrawableWorkflow<Page, PageSnapshot>(db, history, authorization, audit, clock)
{
    private static readonly ContentResource Resource = new(ContentKind.Page, null, false);

    public override ContentKind Kind => ContentKind.Page;

    public override Task<Page?> LoadAsync(Guid id, bool tracking, CancellationToken cancellationToken) =>
        (tracking ? Db.Pages : Db.Pages.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public override Task<ContentResource> ResourceAsync(Page item, CancellationToken cancellationToken) => Task.FromResult(Resource);

    public override PageSnapshot SnapshotOf(Page item) => item.ToSnapshot();

    /// <summary>For lists and the new-page form, where there is no page yet: every page is the same resource, owned by nobody.</summary>
    public Task<bool> AllowsAnyAsync(ClaimsPrincipal user, ContentOperationRequirement requirement) => AllowsAsync(user, Resource, requirement);

    public override ContentStatus StatusOf(Page item) => item.Status;

    protected override string Noun => "page";

    protected override void SetStatus(Page item, ContentStatus status, DateTimeOffset now)
    {
        item.Status = status;
        item.LastModified = now;
    }

    protected override Task<ContentResource> NewResourceAsync(ClaimsPrincipal user, PageSnapshot snapshot, CancellationToken cancellationToken) => Task.FromResult(Resource);

    protected override Guid IdOf(Page item) => item.Id;

    protected override bool IsLive(Page item) => item.Status != ContentStatus.Draft;

    protected override DateTimeOffset ModifiedAt(Page item) => item.LastModified;

    protected override async Task<(string Field, string Message)?> BrokenRuleAsync(Guid id, Page? current, PageSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (await Db.Pages.AnyAsync(p => p.Path == snapshot.Path && p.Id != id, cancellationToken))
        {
            return ("Slug", $"Another page already has the address /{snapshot.Path}. Choose a different one");
        }

        var parent = snapshot.Path.Contains('/') ? snapshot.Path[..snapshot.Path.LastIndexOf('/')] : null;
        if (parent is not null && !await Db.Pages.AnyAsync(p => p.Path == parent, cancellationToken))
        {
            return ("ParentPath", "The parent page no longer exists. Choose another parent");
        }

        // Moving a page with children would strand their addresses; they move first, one by one, each with its own redirect.
        if (current is not null && current.Path != snapshot.Path
            && await Db.Pages.AnyAsync(p => p.Path.StartsWith(current.Path + "/"), cancellationToken))
        {
            return ("Slug", "This page has pages under it, so its address cannot change. Move its child pages first");
        }

        return null;
    }

    protected override Page AddNew(Guid id, PageSnapshot snapshot, DateTimeOffset now)
    {
        var page = new Page { Id = id, Path = snapshot.Path, Title = snapshot.Title, Status = ContentStatus.Draft, LastModified = now };
        snapshot.ApplyTo(page);
        Db.Pages.Add(page);
        return page;
    }

    protected override async Task PublishOntoAsync(Page item, PageSnapshot snapshot, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await PageAddresses.MoveAsync(Db, item, snapshot.Path, now.UtcDateTime, cancellationToken);
        snapshot.ApplyTo(item);
        item.Status = ContentStatus.Published;
        item.LastModified = now;
    }

    protected override string AuditTarget(PageSnapshot snapshot) => $"page:{snapshot.Path}";
}
