using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Data;
using Signpost.Web.Features.Editor.Permissions;
using Signpost.Web.Features.Editor.Services;
using Signpost.Web.Features.Editor.Workflow;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Editor.Scheduling;

/// <summary>
/// Services as <see cref="ContentSchedules"/> sees them: run through the same go-live and withdraw
/// code as doing it by hand (<see cref="ServiceGoLive"/>, <see cref="ServiceWorkflow.WithdrawAsync"/>).
/// </summary>
public sealed class ServiceSchedules(
    SignpostDbContext db,
    ServiceVersionReader versions,
    ServiceWorkflow workflow,
    ServiceGoLive goLive,
    EditorPermissions permissions,
    IAuditLog audit) : IScheduledKind
{
    public ContentKind Kind => ContentKind.Service;

    public async Task<IReadOnlyDictionary<Guid, ScheduledItem>> DescribeAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        (await db.Services.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.Name, Organisation = s.Organisation.Name, s.Slug })
            .ToListAsync(cancellationToken))
            .ToDictionary(s => s.Id, s => new ScheduledItem(s.Name, s.Organisation, Target(s.Slug)));

    public async Task<bool?> AllowsAsync(ClaimsPrincipal user, Guid id, ContentOperationRequirement requirement, CancellationToken cancellationToken) =>
        await db.Services.AsNoTracking().Include(s => s.Organisation).FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is { } service
            ? await permissions.AllowsAsync(user, service, requirement)
            : null;

    public async Task<string?> WithdrawRefusalAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Services.AnyAsync(s => s.Id == id && s.Status == ContentStatus.Published, cancellationToken) ? null : "Only a published service can be withdrawn.";

    public async Task<ScheduleRun> WithdrawAsync(ClaimsPrincipal user, Guid id, string when, CancellationToken cancellationToken)
    {
        var withdrawn = await workflow.WithdrawAsync(user, id, cancellationToken, when);
        return ScheduleRun.OfWithdrawal(withdrawn.Outcome, withdrawn.Message, user, "service");
    }

    public async Task<ScheduleRun> PublishAsync(ClaimsPrincipal user, ScheduledAction action, string when, CancellationToken cancellationToken)
    {
        if (await versions.LoadServiceAsync(action.ContentId, tracking: true, cancellationToken) is not { } service)
        {
            return "Not run: the service no longer exists";
        }

        var number = action.VersionNumber ?? 0;
        var all = await versions.VersionsOf(service.Id).OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        var (version, refusal) = ScheduledVersion.ToPublish(all, number);
        if (version is null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return refusal!;
        }

        if (!await permissions.AllowsAsync(user, service, ContentOperations.Publish)
            || (ServiceSnapshot.FromJson(version.Snapshot).OrganisationId is var target && target != service.OrganisationId
                && !await permissions.AllowsAsync(user, target, ContentOperations.Publish, cancellationToken)))
        {
            return new ScheduleRun($"Not published: {EditorUser.Name(user)} may no longer publish this service", SendBack: true);
        }

        var slug = ServiceSnapshot.FromJson(version.Snapshot).Slug;
        if (await db.Services.AnyAsync(s => s.Slug == slug && s.Id != service.Id, cancellationToken))
        {
            return new ScheduleRun($"Not published: another service now uses the address {slug}", SendBack: true);
        }

        await goLive.ApplyAsync(service, all, version, user, recordReviewer: false, cancellationToken);
        await audit.RecordForAsync(EditorUser.Id(user), EditorUser.Name(user), AuditActions.Published, Target(service.Slug), $"version {number} ({when})", cancellationToken);
        return $"Published version {number}";
    }

    private static string Target(string slug) => $"service:{slug}";
}
