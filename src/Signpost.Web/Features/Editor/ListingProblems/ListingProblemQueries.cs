using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Web.Features.Editor.Permissions;
using Signpost.Web.Features.Editor.Services;

namespace Signpost.Web.Features.Editor.ListingProblems;

/// <summary>
/// "Something wrong with this listing?" reports, for whoever may edit the listing: the owning
/// organisation's editors, directory managers and administrators. The report's organisation is the
/// authorization resource, exactly as for editing the service itself.
/// </summary>
public sealed class ListingProblemQueries(SignpostDbContext db, EditorPermissions permissions)
{
    public async Task<IReadOnlyList<ListingProblemRow>> ListAsync(EditorScope scope, bool resolved, CancellationToken cancellationToken)
    {
        var reports = db.ListingProblemReports.AsNoTracking().Where(r => (r.ResolvedAt != null) == resolved);
        if (!scope.SeesEverything)
        {
            reports = reports.Where(r => r.OrganisationId == scope.OrganisationId);
        }

        return await Rows(resolved ? reports.OrderByDescending(r => r.ResolvedAt) : reports.OrderBy(r => r.SubmittedAt))
            .Take(200)
            .ToListAsync(cancellationToken);
    }

    public Task<int> OpenCountAsync(EditorScope scope, CancellationToken cancellationToken)
    {
        var reports = db.ListingProblemReports.Where(r => r.ResolvedAt == null);
        return (scope.SeesEverything ? reports : reports.Where(r => r.OrganisationId == scope.OrganisationId)).CountAsync(cancellationToken);
    }

    public Task<ListingProblemRow?> FindAsync(long id, CancellationToken cancellationToken) =>
        Rows(db.ListingProblemReports.AsNoTracking().Where(r => r.Id == id)).FirstOrDefaultAsync(cancellationToken);

    public async Task<bool> MayHandleAsync(ClaimsPrincipal user, long id, CancellationToken cancellationToken)
    {
        var organisationId = await db.ListingProblemReports.Where(r => r.Id == id).Select(r => (Guid?)r.OrganisationId).FirstOrDefaultAsync(cancellationToken);
        return organisationId is { } owner && await permissions.AllowsAsync(user, owner, ContentOperations.Edit, cancellationToken);
    }

    private IQueryable<ListingProblemRow> Rows(IQueryable<Core.Feedback.ListingProblemReport> reports) =>
        reports.Join(db.Services, r => r.ServiceId, s => s.Id, (r, s) => new ListingProblemRow(
            r.Id, s.Id, s.Name, s.Slug, s.Organisation.Name, r.Problem, r.Details, r.SubmittedAt, r.ResolvedAt, r.ResolutionNote));
}
