using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Core.Rules;
using Signpost.Data;
using Signpost.Web.Features.Editor.Permissions;
using Signpost.Web.Features.Listings;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Editor.Services;

/// <summary>
/// A version rendered with the public page's own markup: the snapshot becomes an unsaved service
/// (with its real organisation, terms and places), never attached to the store.
/// </summary>
public sealed class PreviewModel(
    SignpostDbContext db,
    ServiceVersionReader versions,
    EditorPermissions permissions,
    ListingQueries listings,
    IOptions<SignpostOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "version")]
    public int? VersionNumber { get; set; }

    public ContentVersion Version { get; private set; } = null!;
    public ServicePageContent PageContent { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await versions.LoadServiceAsync(id, tracking: false, cancellationToken) is not { } service)
        {
            return NotFound();
        }

        if (!await permissions.AllowsAsync(User, service, ContentOperations.View))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var version = VersionNumber is { } number
            ? await versions.FindAsync(service, number, cancellationToken)
            : await versions.LatestAsync(id, cancellationToken) ?? ServiceVersionReader.Imported(service);
        if (version is null)
        {
            return NotFound();
        }

        Version = version;
        var draft = await ToServiceAsync(id, ServiceSnapshot.FromJson(version.Snapshot), cancellationToken);
        PageContent = await ServicePageContent.ForPreviewAsync(draft, listings, options.Value.AreaName, cancellationToken);
        return Page();
    }

    private async Task<Service> ToServiceAsync(Guid id, ServiceSnapshot snapshot, CancellationToken cancellationToken)
    {
        var termIds = snapshot.TermIds.ToList();
        var locationIds = snapshot.LocationIds.Concat(snapshot.Schedules.Select(s => s.LocationId).OfType<Guid>()).ToList();
        var terms = await db.TaxonomyTerms.AsNoTracking().Include(t => t.Parent).Where(t => termIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var locations = await db.Locations.AsNoTracking().Where(l => locationIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        var organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == snapshot.OrganisationId, cancellationToken);
        var service = new Service { Id = id, Slug = snapshot.Slug, Name = snapshot.Name, Status = ContentStatus.Published, Organisation = organisation };
        snapshot.ApplyTo(service, terms, locations);
        service.LastReviewed = UkTime.Today(TimeProvider.System);
        return service;
    }
}
