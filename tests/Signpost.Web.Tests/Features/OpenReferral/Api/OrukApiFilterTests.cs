using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;

namespace Signpost.Web.Tests.Features.OpenReferral.Api;

/// <summary>The feed's filters, each checked against the seeded store rather than against the feed itself.</summary>
[Collection(SignpostSiteCollection.Name)]
public sealed class OrukApiFilterTests(SignpostWebFactory site)
{
    private readonly OrukApiClient api = new(site.CreatePlainClient());

    [Fact]
    public async Task Only_what_the_public_site_shows_is_published()
    {
        var (all, visible) = await ServicesAsync();
        var hidden = all.Where(s => !visible.Contains(s)).ToList();
        Assert.NotEmpty(hidden);

        Assert.Equal(Ids(visible), (await api.IdsAsync("/services")).ToHashSet());
        foreach (var service in hidden)
        {
            var (status, body, _) = await api.GetAsync($"/services/{service.Id}");
            Assert.Equal(HttpStatusCode.NotFound, status);
            Assert.Equal(404, (int?)body!["status"]);
        }

        var pairs = (await api.AllAsync("/service_at_locations")).Select(p => (Guid.Parse((string)p["service_id"]!), Guid.Parse((string)p["location_id"]!))).ToHashSet();
        var expected = visible.SelectMany(s => s.Locations.Where(l => l.Status != ContentStatus.Withdrawn).Select(l => (s.Id, l.Id))).ToHashSet();
        Assert.Equal(expected, pairs);
    }

    [Theory]
    [InlineData(TaxonomyKind.Category, "youth-clubs")]
    [InlineData(TaxonomyKind.Category, "health")]
    [InlineData(TaxonomyKind.Need, "autism")]
    [InlineData(TaxonomyKind.Outcome, "enjoy-and-achieve")]
    public async Task Taxonomy_term_id_finds_the_services_filed_under_the_term_or_its_children(TaxonomyKind kind, string slug)
    {
        var (_, visible) = await ServicesAsync();
        var (scope, db) = site.OpenStore();
        await using var _ = scope;
        var term = await db.TaxonomyTerms.AsNoTracking().Include(t => t.Children).SingleAsync(t => t.Kind == kind && t.Slug == slug);
        var termIds = term.Children.Select(c => c.Id).Append(term.Id).ToHashSet();
        var expected = Ids(visible.Where(s => s.Terms.Any(t => termIds.Contains(t.Id))));
        Assert.NotEmpty(expected);
        Assert.NotEqual(Ids(visible).Count, expected.Count);

        Assert.Equal(expected, (await api.IdsAsync($"/services?taxonomy_term_id={term.Id}")).ToHashSet());
        var withPlaces = expected.Where(id => visible.Single(s => s.Id == id).Locations.Any(l => l.Status != ContentStatus.Withdrawn)).ToHashSet();
        Assert.Equal(withPlaces, (await api.AllAsync($"/service_at_locations?taxonomy_term_id={term.Id}")).Select(p => Guid.Parse((string)p["service_id"]!)).ToHashSet());
    }

    [Fact]
    public async Task Taxonomy_id_and_enum_terms_filter_by_audience_and_by_any_need()
    {
        var (_, visible) = await ServicesAsync();
        var taxonomies = await api.AllAsync("/taxonomies");
        var audiences = (string)taxonomies.Single(t => (string?)t["name"] == "Signpost audiences")["id"]!;
        var needs = (string)taxonomies.Single(t => (string?)t["name"] == "Signpost needs")["id"]!;

        Assert.Equal(Ids(visible.Where(s => s.Needs.Any())), (await api.IdsAsync($"/services?taxonomy_id={needs}")).ToHashSet());
        var youngPeople = (await api.AllAsync($"/taxonomy_terms?taxonomy_id={audiences}")).Single(t => (string?)t["term"] == "young-people");
        var expected = Ids(visible.Where(s => s.Audiences.Contains(Audience.YoungPeople)));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, (await api.IdsAsync($"/services?taxonomy_term_id={youngPeople["id"]}")).ToHashSet());
    }

    [Fact]
    public async Task Organization_id_finds_that_organisations_services()
    {
        var (_, visible) = await ServicesAsync();
        var organisation = visible.GroupBy(s => s.OrganisationId).OrderByDescending(g => g.Count()).First();
        Assert.Equal(Ids(organisation), (await api.IdsAsync($"/services?organization_id={organisation.Key}")).ToHashSet());
        var single = await api.GetOkAsync($"/organizations/{organisation.Key}");
        Assert.Equal(Ids(organisation), single["services"]!.AsArray().Select(s => Guid.Parse((string)s!["id"]!)).ToHashSet());
    }

    [Fact]
    public async Task Minimum_and_maximum_age_follow_the_profile()
    {
        var (_, visible) = await ServicesAsync();
        var atLeast11 = Ids(visible.Where(s => (s.MinimumAge ?? 0) >= 11));
        var atMost18 = Ids(visible.Where(s => s.MaximumAge is <= 18));
        Assert.NotEmpty(atLeast11);
        Assert.NotEmpty(atMost18);
        Assert.Equal(atLeast11, (await api.IdsAsync("/services?minimum_age=11")).ToHashSet());
        Assert.Equal(atMost18, (await api.IdsAsync("/services?maximum_age=18")).ToHashSet());
        Assert.Equal(atLeast11.Intersect(atMost18).ToHashSet(), (await api.IdsAsync("/services?minimum_age=11&maximum_age=18")).ToHashSet());
    }

    [Fact]
    public async Task Day_start_time_and_end_time_must_hold_for_one_session()
    {
        var (_, visible) = await ServicesAsync();
        var today = Store.Today;
        bool Runs(ServiceSchedule x) => x.ValidTo is null || x.ValidTo >= today;
        var saturday = Ids(visible.Where(s => s.Schedules.Any(x => Runs(x) && x.Day == DayOfWeek.Saturday)));
        var fridayEvening = Ids(visible.Where(s => s.Schedules.Any(x => Runs(x) && x.Day == DayOfWeek.Friday && x.Opens >= new TimeOnly(17, 0) && x.Closes is { } c && c <= new TimeOnly(22, 0))));
        Assert.NotEmpty(saturday);
        Assert.NotEmpty(fridayEvening);
        Assert.Equal(saturday, (await api.IdsAsync("/services?day=SA")).ToHashSet());
        Assert.Equal(saturday, (await api.IdsAsync("/services?day=saturday")).ToHashSet());
        Assert.Equal(fridayEvening, (await api.IdsAsync("/services?day=FR&start_time=17:00&end_time=22:00")).ToHashSet());
    }

    [Fact]
    public async Task Postcode_and_proximity_keep_nearby_places_nearest_first()
    {
        var (_, visible) = await ServicesAsync();
        const double Latitude = 53.3631, Longitude = -2.7335;
        const double Metres = 2000;
        var expected = visible
            .SelectMany(s => s.Locations.Where(l => l.Status != ContentStatus.Withdrawn).Select(l => (Service: s.Id, Location: l.Id, Metres: HaversineMetres(Latitude, Longitude, l.Latitude, l.Longitude))))
            .Where(p => p.Metres <= Metres)
            .ToList();
        Assert.NotEmpty(expected);

        var rows = await api.AllAsync($"/service_at_locations?postcode=WA8%207QE&proximity={Metres}");
        var got = rows.Select(r => (Service: Guid.Parse((string)r["service_id"]!), Location: Guid.Parse((string)r["location_id"]!))).ToList();
        Assert.Equal(expected.Select(p => (p.Service, p.Location)).ToHashSet(), got.ToHashSet());
        var distances = rows.Select(r => HaversineMetres(Latitude, Longitude, (double)r["location"]!["latitude"]!, (double)r["location"]!["longitude"]!)).ToList();
        Assert.Equal(distances.Order().ToList(), distances);

        var everywhere = await api.AllAsync("/service_at_locations?postcode=WA8%207QE");
        Assert.True(everywhere.Count > rows.Count, "without proximity every place is listed, nearest first");
    }

    [Fact]
    public async Task Search_uses_the_site_search_words_and_synonyms()
    {
        var (_, visible) = await ServicesAsync();
        var camhs = visible.Single(s => s.Slug == "halton-camhs");
        var found = await api.IdsAsync("/services?search=camhs");
        Assert.Contains(camhs.Id, found);
        Assert.True(found.Count < visible.Count);
        Assert.Empty(await api.IdsAsync("/services?search=zzqxv"));
    }

    [Fact]
    public async Task Taxonomy_terms_filter_by_top_only_and_parent_id()
    {
        var (scope, db) = site.OpenStore();
        await using var _ = scope;
        var parent = await db.TaxonomyTerms.AsNoTracking().Include(t => t.Children).Where(t => t.ParentId == null && t.Children.Count > 0).OrderBy(t => t.SortOrder).FirstAsync();
        var children = await api.IdsAsync($"/taxonomy_terms?parent_id={parent.Id}");
        Assert.Equal(parent.Children.Select(c => c.Id).ToHashSet(), children.ToHashSet());

        var top = await api.AllAsync("/taxonomy_terms?top_only=true");
        Assert.All(top, t => Assert.Null(t["parent_id"]));
        Assert.Contains(top, t => Guid.Parse((string)t["id"]!) == parent.Id);
        Assert.DoesNotContain(top, t => children.Contains(Guid.Parse((string)t["id"]!)));
        var outcomes = (await api.AllAsync("/taxonomy_terms?search=achieve")).Select(t => (string?)t["term"]).ToList();
        Assert.Contains("enjoy-and-achieve", outcomes);
        Assert.Contains("achieve-economic-wellbeing", outcomes);
    }

    private static HashSet<Guid> Ids(IEnumerable<Service> services) => services.Select(s => s.Id).ToHashSet();

    private async Task<(List<Service> All, List<Service> Visible)> ServicesAsync()
    {
        var (scope, db) = site.OpenStore();
        await using var _ = scope;
        var all = await Store.AllServicesAsync(db);
        return (all, all.Where(s => s.IsVisibleOn(Store.Today) && s.Organisation.Status != ContentStatus.Withdrawn).ToList());
    }

    private static double HaversineMetres(double lat1, double lon1, double lat2, double lon2)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var a = Math.Pow(Math.Sin(Radians(lat2 - lat1) / 2), 2) + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Pow(Math.Sin(Radians(lon2 - lon1) / 2), 2));
        return 2 * 3958.8 * 1609.344 * Math.Asin(Math.Sqrt(a));
    }
}
