using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;

namespace Signpost.Web.Features.Listings;

/// <summary>
/// Loads a service's venues as the public may see them. A withdrawn venue stays linked, so
/// restoring it brings it back everywhere, but no public page, map or structured data shows it meanwhile.
/// </summary>
public static class PublicVenues
{
    public static IQueryable<Service> IncludePublicVenues(this IQueryable<Service> services) =>
        services.Include(s => s.Locations.Where(l => l.Status != ContentStatus.Withdrawn));
}
