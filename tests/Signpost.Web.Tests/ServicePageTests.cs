using System.Net;
using System.Text.Json;
using Signpost.Core.Content;
using Signpost.Core.Rules;

namespace Signpost.Web.Tests;

[Collection(SignpostSiteCollection.Name)]
public sealed class ServicePageTests(SignpostWebFactory factory)
{
    private readonly HttpClient _client = factory.CreatePlainClient();

    [Fact]
    public async Task Local_service_page_shows_what_a_person_needs_to_decide_and_go()
    {
        var service = await PickAsync(s => s.AreaType != ServiceAreaType.National && s.Schedules.Count > 0 && s.Locations.Count > 0 && s.Contact.Phone is not null);

        var page = await HtmlPage.GetAsync(_client, $"/services/{service.Slug}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(service.Name, page.Heading);
        Assert.Equal(new AgeRange(service.MinimumAge, service.MaximumAge).InWords(), page.SummaryValue("Ages"));
        Assert.StartsWith(service.IsFree ? "Free" : "There is a cost", page.SummaryValue("Cost"));
        Assert.False(string.IsNullOrWhiteSpace(page.SummaryValue("How to get it")));
        Assert.NotNull(page.SectionHeading("When"));
        Assert.Contains(page.Main.QuerySelectorAll("h3"), h => h.TextContent.Trim() == "The next 7 days");
        Assert.All(service.Locations, l => Assert.Contains(l.Postcode, page.Main.TextContent));
        var digits = new string(service.Contact.Phone!.Where(c => char.IsDigit(c) || c == '+').ToArray());
        Assert.NotNull(page.Main.QuerySelector($"a[href='tel:{digits}']"));
        var whoRunsIt = page.SectionHeading("Who runs it");
        Assert.NotNull(whoRunsIt);
        Assert.Contains(service.Organisation.Name, whoRunsIt.NextElementSibling!.TextContent);
    }

    [Fact]
    public async Task Service_page_carries_schema_org_service_data_for_search_engines()
    {
        var service = await PickAsync(s => s.Locations.Count > 0);

        var page = await HtmlPage.GetAsync(_client, $"/services/{service.Slug}");

        var script = Assert.Single(page.Document.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        Assert.Equal("Service", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal(service.Name, json.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Young_people_view_answers_before_you_go_and_offers_a_quick_exit()
    {
        var service = await PickAsync(s => !s.Youth.IsEmpty);

        var page = await HtmlPage.GetAsync(_client, $"/services/{service.Slug}?audience=young-people");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.SectionHeading("Before you go"));
        Assert.NotNull(page.Document.QuerySelector(".govuk-exit-this-page"));
    }

    [Fact]
    public async Task Service_page_without_the_young_people_audience_has_no_exit_button()
    {
        var service = await PickAsync(s => !s.Youth.IsEmpty);

        var page = await HtmlPage.GetAsync(_client, $"/services/{service.Slug}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector(".govuk-exit-this-page"));
        Assert.Null(page.SectionHeading("Before you go"));
    }

    [Fact]
    public async Task Send_service_shows_its_local_offer_answers()
    {
        var service = await PickAsync(s => !s.LocalOffer.IsEmpty && s.Categories.Any(c => c.Slug == "send" || c.Parent?.Slug == "send"));
        var answer = new[] { service.LocalOffer.WhoFor, service.LocalOffer.HowToGet, service.LocalOffer.StaffTraining, service.LocalOffer.Transition, service.LocalOffer.Contact }
            .First(a => a is not null)!;

        var page = await HtmlPage.GetAsync(_client, $"/services/{service.Slug}");

        Assert.NotNull(page.SectionHeading("SEND Local Offer"));
        Assert.Contains(HtmlPage.Normalise(answer), HtmlPage.Normalise(page.Main.TextContent));
    }

    [Theory]
    [InlineData(ContentStatus.Withdrawn)]
    [InlineData(ContentStatus.Draft)]
    public async Task Unpublished_service_is_not_found(ContentStatus status)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var service = (await Store.AllServicesAsync(db)).First(s => s.Status == status);

        var page = await HtmlPage.GetAsync(_client, $"/services/{service.Slug}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.Heading);
        Assert.DoesNotContain(service.Name, page.Html);
    }

    [Fact]
    public async Task Unknown_service_is_not_found()
    {
        var page = await HtmlPage.GetAsync(_client, "/services/no-such-service");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.Heading);
    }

    [Fact]
    public async Task Related_services_link_to_other_visible_services_in_the_same_categories()
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var visible = (await Store.VisibleServicesAsync(db)).ToDictionary(s => s.Slug);
        var service = visible.Values.First(s => s.Categories.Any() && visible.Values.Count(o => o.Categories.Any(c => s.Categories.Any(x => x.Id == c.Id))) > 1);

        var page = await HtmlPage.GetAsync(_client, $"/services/{service.Slug}");

        var related = page.Document.QuerySelector("#related-title")?.Closest("aside")?.QuerySelectorAll("a[href^='/services/']")
            .Select(a => a.GetAttribute("href")!["/services/".Length..].Split('?')[0]).ToList();
        Assert.NotNull(related);
        Assert.NotEmpty(related);
        Assert.DoesNotContain(service.Slug, related);
        Assert.All(related, slug =>
        {
            Assert.True(visible.ContainsKey(slug), $"{slug} is not a visible service.");
            Assert.Contains(visible[slug].Categories, c => service.Categories.Any(x => x.Id == c.Id));
        });
    }

    private async Task<Service> PickAsync(Func<Service, bool> wanted)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var service = (await Store.VisibleServicesAsync(db)).FirstOrDefault(wanted);
        Assert.True(service is not null, "The seed has no visible service of the kind this test needs.");
        return service;
    }
}
