using System.Net;
using Signpost.Core.Content;

namespace Signpost.Web.Tests;

[Collection(SignpostSiteCollection.Name)]
public sealed class CategoryListingTests(SignpostWebFactory factory)
{
    private readonly HttpClient _client = factory.CreatePlainClient();

    [Theory]
    [InlineData("send")]
    [InlineData("youth-clubs")]
    public async Task Category_lists_exactly_the_visible_services_in_it_and_its_subcategories(string slug)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var ids = await Store.CategoryAndChildIdsAsync(db, slug);
        var expected = (await Store.VisibleServicesAsync(db)).Where(s => s.Terms.Any(t => ids.Contains(t.Id))).Select(s => s.Slug).Order().ToList();

        var page = await HtmlPage.GetAsync(_client, $"/categories/{slug}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, page.ServiceSlugs().Order().ToList());
    }

    [Fact]
    public async Task Subcategory_breadcrumb_leads_back_to_its_parent_category()
    {
        var page = await HtmlPage.GetAsync(_client, "/categories/youth-clubs");

        Assert.NotNull(page.Document.QuerySelector(".govuk-breadcrumbs a[href='/categories/activities']"));
    }

    [Fact]
    public async Task Under_5_band_lists_only_services_whose_ages_overlap_0_to_4()
    {
        var services = (await VisibleServicesBySlugAsync());

        var all = await HtmlPage.GetAsync(_client, "/categories/send");
        var filtered = await HtmlPage.GetAsync(_client, "/categories/send?band=0-4");

        var listed = filtered.ServiceSlugs();
        Assert.NotEmpty(listed);
        Assert.All(listed, slug => Assert.True(Overlaps(services[slug], 0, 4), $"{slug} ({services[slug].MinimumAge}-{services[slug].MaximumAge}) is not for under 5s."));
        // Some SEND services are only for older children, so a band that filtered nothing would fail here.
        Assert.Contains(all.ServiceSlugs(), slug => !Overlaps(services[slug], 0, 4));
        Assert.Equal(all.ServiceSlugs().Where(slug => Overlaps(services[slug], 0, 4)).Order(), listed.Order());
    }

    [Fact]
    public async Task Exact_age_lists_only_services_for_that_age()
    {
        var services = await VisibleServicesBySlugAsync();

        var all = await HtmlPage.GetAsync(_client, "/categories/send");
        var filtered = await HtmlPage.GetAsync(_client, "/categories/send?age=14");

        Assert.Null(filtered.ErrorSummary);
        Assert.Equal(all.ServiceSlugs().Where(slug => Overlaps(services[slug], 14, 14)).Order(), filtered.ServiceSlugs().Order());
        Assert.NotEmpty(filtered.ServiceSlugs());
        Assert.Contains(all.ServiceSlugs(), slug => !Overlaps(services[slug], 14, 14));
    }

    [Fact]
    public async Task Needs_filter_lists_only_services_for_one_of_the_chosen_needs()
    {
        var services = await VisibleServicesBySlugAsync();
        string[] needs = ["autism", "adhd"];

        var all = await HtmlPage.GetAsync(_client, "/categories/send");
        var filtered = await HtmlPage.GetAsync(_client, "/categories/send?need=autism&need=adhd");

        bool HasNeed(string slug) => services[slug].Needs.Any(n => needs.Contains(n.Slug));
        Assert.NotEmpty(filtered.ServiceSlugs());
        Assert.All(filtered.ServiceSlugs(), slug => Assert.True(HasNeed(slug), $"{slug} is not for autism or ADHD."));
        Assert.Equal(all.ServiceSlugs().Where(HasNeed).Order(), filtered.ServiceSlugs().Order());
        Assert.Equal(2, filtered.Main.QuerySelectorAll("input[name='need']:checked").Length);
    }

    [Fact]
    public async Task Young_people_view_lists_only_services_for_young_people_and_keeps_the_view_on_links()
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var ids = await Store.CategoryAndChildIdsAsync(db, "health");
        var inCategory = (await Store.VisibleServicesAsync(db)).Where(s => s.Terms.Any(t => ids.Contains(t.Id))).ToList();
        var expected = inCategory.Where(s => s.Audiences.Contains(Audience.YoungPeople)).Select(s => s.Slug).Order().ToList();

        var page = await HtmlPage.GetAsync(_client, "/categories/health?audience=young-people");

        Assert.NotEmpty(expected);
        Assert.True(expected.Count < inCategory.Count, "Every health service is for young people, so the filter is not exercised.");
        Assert.Equal(expected, page.ServiceSlugs().Order().ToList());
        Assert.All(page.Main.QuerySelectorAll("a[href^='/services/']"), a => Assert.EndsWith("?audience=young-people", a.GetAttribute("href")));
        Assert.NotNull(page.Document.QuerySelector(".govuk-exit-this-page"));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-3")]
    public async Task Bad_age_shows_an_error_summary_and_still_lists_services(string age)
    {
        var page = await HtmlPage.GetAsync(_client, $"/categories/send?age={Uri.EscapeDataString(age)}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.ErrorSummary);
        Assert.Contains("Enter an age as a whole number", page.ErrorSummary);
        Assert.NotNull(page.Document.QuerySelector(".govuk-error-summary a[href='#age']"));
        Assert.NotNull(page.Document.QuerySelector("#age"));
        Assert.StartsWith("Error:", page.Document.Title);
        Assert.NotEmpty(page.ServiceSlugs());
    }

    [Fact]
    public async Task Unknown_category_gives_the_friendly_not_found_page()
    {
        var page = await HtmlPage.GetAsync(_client, "/categories/no-such-category");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.Heading);
        Assert.NotNull(page.Main.QuerySelector("a[href='/search']"));
    }

    private static bool Overlaps(Service service, int from, int to) =>
        (service.MaximumAge is null || service.MaximumAge >= from) && (service.MinimumAge is null || service.MinimumAge <= to);

    private async Task<Dictionary<string, Service>> VisibleServicesBySlugAsync()
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        return (await Store.VisibleServicesAsync(db)).ToDictionary(s => s.Slug);
    }
}
