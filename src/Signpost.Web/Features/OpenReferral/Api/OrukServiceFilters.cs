using Signpost.Core.Content;

namespace Signpost.Web.Features.OpenReferral.Api;

/// <summary>
/// The filters of /services and /service_at_locations that the store can answer. Ages follow the ORUK
/// definitions literally: minimum_age keeps services whose minimum age is at least it (no minimum counts as 0),
/// maximum_age those whose maximum age is at most it (no maximum never is). day, start_time and end_time must
/// all hold for one weekly session: on that day, opening at or after start_time, closing at or before end_time.
/// </summary>
public static class OrukServiceFilters
{
    public static IQueryable<Service> Apply(IQueryable<Service> services, OrukQuery query, OrukTermCatalog catalog, DateOnly today)
    {
        if (query.OrganizationId is { } organisation)
        {
            services = services.Where(s => s.OrganisationId == organisation);
        }

        if (query.TaxonomyTermId is { } termId)
        {
            services = ByTerm(services, termId, catalog);
        }

        if (query.TaxonomyId is { } taxonomyId)
        {
            services = ByTaxonomy(services, taxonomyId);
        }

        if (query.MinimumAge is { } minimum)
        {
            var from = (int)Math.Ceiling(minimum);
            services = services.Where(s => (s.MinimumAge ?? 0) >= from);
        }

        if (query.MaximumAge is { } maximum)
        {
            var to = (int)Math.Floor(maximum);
            services = services.Where(s => s.MaximumAge != null && s.MaximumAge <= to);
        }

        if (query.Day is not null || query.StartTime is not null || query.EndTime is not null)
        {
            var day = query.Day;
            var start = query.StartTime;
            var end = query.EndTime;
            services = services.Where(s => s.Schedules.Any(x =>
                (x.ValidTo == null || x.ValidTo >= today)
                && (day == null || x.Day == day)
                && (start == null || x.Opens >= start)
                && (end == null || (x.Closes != null && x.Closes <= end))));
        }

        return services;
    }

    private static IQueryable<Service> ByTerm(IQueryable<Service> services, Guid termId, OrukTermCatalog catalog)
    {
        var term = catalog.Find(termId);
        if (term is null)
        {
            return services.Where(_ => false);
        }

        if (term.Taxonomy == OrukTaxonomies.Audiences)
        {
            var audience = Enum.GetValues<Audience>().First(a => OrukTaxonomies.Audience(a).Id == termId);
            return services.Where(s => s.Audiences.Contains(audience));
        }

        if (term.Taxonomy == OrukTaxonomies.AccessRoutes)
        {
            var route = Enum.GetValues<AccessRoute>().First(a => OrukTaxonomies.AccessRoute(a).Id == termId);
            return services.Where(s => s.AccessRoutes.Contains(route));
        }

        if (term.Taxonomy == OrukTaxonomies.DeliveryModes)
        {
            var mode = Enum.GetValues<DeliveryMode>().First(a => OrukTaxonomies.DeliveryMode(a).Id == termId);
            return services.Where(s => s.DeliveryModes.Contains(mode));
        }

        var ids = catalog.WithChildren(termId);
        return services.Where(s => s.Terms.Any(t => ids.Contains(t.Id)));
    }

    private static IQueryable<Service> ByTaxonomy(IQueryable<Service> services, Guid taxonomyId)
    {
        if (taxonomyId == OrukTaxonomies.Categories.Id)
        {
            return services.Where(s => s.Terms.Any(t => t.Kind == TaxonomyKind.Category));
        }

        if (taxonomyId == OrukTaxonomies.Needs.Id)
        {
            return services.Where(s => s.Terms.Any(t => t.Kind == TaxonomyKind.Need));
        }

        if (taxonomyId == OrukTaxonomies.Outcomes.Id)
        {
            return services.Where(s => s.Terms.Any(t => t.Kind == TaxonomyKind.Outcome));
        }

        if (taxonomyId == OrukTaxonomies.Audiences.Id)
        {
            return services.Where(s => s.Audiences.Count > 0);
        }

        if (taxonomyId == OrukTaxonomies.AccessRoutes.Id)
        {
            return services.Where(s => s.AccessRoutes.Count > 0);
        }

        return taxonomyId == OrukTaxonomies.DeliveryModes.Id
            ? services.Where(s => s.DeliveryModes.Count > 0)
            : services.Where(_ => false);
    }
}
