using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Data;
using Signpost.Web.Features.Account;

namespace Signpost.Web.Features.Editor.Services;

/// <summary>Reads for the editor's lists and forms. Lists are narrowed to what the user may see; each item's page still checks its own permission.</summary>
public sealed class ServiceEditorQueries(SignpostDbContext db, ServiceVersionReader versions)
{
    public const int PageSize = 50;

    public async Task<EditorScope> ScopeAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.DirectoryManager))
        {
            return new EditorScope(true, null);
        }

        if (!user.IsInRole(Roles.Editor))
        {
            return new EditorScope(false, null);
        }

        if (Guid.TryParse(user.FindFirstValue(SignpostClaimTypes.OrganisationId), out var organisationId))
        {
            return new EditorScope(false, organisationId);
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var stored = await db.Users.Where(u => u.Id == userId).Select(u => u.OrganisationId).FirstOrDefaultAsync(cancellationToken);
        return new EditorScope(false, stored);
    }

    public IQueryable<Service> ServicesIn(EditorScope scope) =>
        scope.SeesEverything ? db.Services.AsNoTracking()
        : scope.OrganisationId is { } id ? db.Services.AsNoTracking().Where(s => s.OrganisationId == id)
        : db.Services.AsNoTracking().Where(_ => false);

    public async Task<ServiceOptions> OptionsAsync(EditorScope scope, Guid organisationId, IReadOnlyCollection<Guid> selectedLocations, CancellationToken cancellationToken)
    {
        // Withdrawn organisations and venues are not offered for new links; a current one stays, so saving does not drop it.
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => scope.SeesEverything || o.Id == scope.OrganisationId)
            .Where(o => o.Status != ContentStatus.Withdrawn || o.Id == organisationId)
            .OrderBy(o => o.Name)
            .ToListAsync(cancellationToken);
        var terms = await db.TaxonomyTerms.AsNoTracking().Include(t => t.Parent).OrderBy(t => t.SortOrder).ThenBy(t => t.Name).ToListAsync(cancellationToken);

        // Venues have no owner of their own; an organisation's are those its services use. A new
        // organisation, with none yet, chooses from every venue.
        var locations = await db.Locations.AsNoTracking()
            .Where(l => (l.Status != ContentStatus.Withdrawn && l.Services.Any(s => s.OrganisationId == organisationId)) || selectedLocations.Contains(l.Id))
            .OrderBy(l => l.Name)
            .ToListAsync(cancellationToken);
        if (locations.Count == 0)
        {
            locations = await db.Locations.AsNoTracking().Where(l => l.Status != ContentStatus.Withdrawn).OrderBy(l => l.Name).ToListAsync(cancellationToken);
        }

        return new ServiceOptions(
            organisations,
            terms.Where(t => t.Kind == TaxonomyKind.Category).OrderBy(t => t.Parent?.SortOrder ?? t.SortOrder).ThenBy(t => t.ParentId is null ? 0 : 1).ThenBy(t => t.SortOrder).ToList(),
            terms.Where(t => t.Kind == TaxonomyKind.Need).ToList(),
            terms.Where(t => t.Kind == TaxonomyKind.Outcome).ToList(),
            locations);
    }

    public async Task<(IReadOnlyList<ServiceListRow> Rows, int Total)> ListAsync(EditorScope scope, string? text, string? state, Guid? organisationId, int page, CancellationToken cancellationToken)
    {
        var query = ServicesIn(scope);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = $"%{text.Trim()}%";
            // SQLite's LIKE ignores case; PostgreSQL's does not, and ILIKE is its LIKE that does.
            query = db.Database.IsNpgsql()
                ? query.Where(s => EF.Functions.ILike(s.Name, pattern))
                : query.Where(s => EF.Functions.Like(s.Name, pattern));
        }

        if (organisationId is { } organisation)
        {
            query = query.Where(s => s.OrganisationId == organisation);
        }

        var latest = versions.LatestVersions();
        var rows = query.Select(s => new
        {
            s.Id,
            s.Name,
            s.Slug,
            Organisation = s.Organisation.Name,
            s.Status,
            Latest = latest.Where(v => v.ContentId == s.Id).Select(v => new { v.State, v.Number }).FirstOrDefault(),
            s.ReviewBy,
        });
        rows = state switch
        {
            "draft" => rows.Where(r => r.Latest != null && (r.Latest.State == VersionState.Draft || r.Latest.State == VersionState.Rejected)),
            "in-review" => rows.Where(r => r.Latest != null && r.Latest.State == VersionState.InReview),
            "published" => rows.Where(r => r.Status == ContentStatus.Published),
            "withdrawn" => rows.Where(r => r.Status == ContentStatus.Withdrawn),
            "unpublished" => rows.Where(r => r.Status == ContentStatus.Draft),
            _ => rows,
        };
        var total = await rows.CountAsync(cancellationToken);
        var list = await rows.OrderBy(r => r.Name).Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return (list.Select(r => new ServiceListRow(r.Id, r.Name, r.Slug, r.Organisation, r.Status, r.Latest?.State, r.Latest?.Number, r.ReviewBy)).ToList(), total);
    }
}
