using System.Net;
using Signpost.Core.Content;

namespace Signpost.Web.Tests;

[Collection(SignpostSiteCollection.Name)]
public sealed class SearchPageTests(SignpostWebFactory factory)
{
    private readonly HttpClient _client = factory.CreatePlainClient();

    [Fact]
    public async Task Searching_autism_finds_every_service_for_autism()
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var forAutism = (await Store.VisibleServicesAsync(db)).Where(s => s.Needs.Any(n => n.Slug == "autism")).Select(s => s.Slug).ToList();

        var page = await HtmlPage.GetAsync(_client, "/search?q=autism&page_size=50");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(forAutism);
        Assert.Null(page.ErrorSummary);
        Assert.All(forAutism, slug => Assert.Contains(slug, page.ServiceSlugs()));
    }

    [Theory]
    [InlineData("WA7 2GW", "WA7 2GW")]
    [InlineData("wa72gw", "WA7 2GW")]
    [InlineData("WA8", "WA8")]
    [InlineData("Widnes", "Widnes")]
    [InlineData("widnes", "Widnes")]
    public async Task Postcode_district_or_town_is_found_and_results_are_near_it(string where, string shownAs)
    {
        var page = await HtmlPage.GetAsync(_client, $"/search?where={Uri.EscapeDataString(where)}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.ErrorSummary);
        var count = page.Main.QuerySelector("#results-count")?.TextContent;
        Assert.NotNull(count);
        Assert.Contains($"near {shownAs}", HtmlPage.Normalise(count));
        Assert.NotEmpty(page.ServiceSlugs());
    }

    [Theory]
    [InlineData("ZZ99 9ZZ", "ZZ99 9ZZ")]
    [InlineData("W1", "W1")]
    [InlineData("Atlantis", "Atlantis")]
    public async Task Unknown_place_gives_an_error_summary_naming_what_was_typed(string where, string named)
    {
        var page = await HtmlPage.GetAsync(_client, $"/search?q=youth&where={Uri.EscapeDataString(where)}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.ErrorSummary);
        Assert.Contains(named, page.ErrorSummary);
        Assert.NotNull(page.Document.QuerySelector(".govuk-error-summary a[href='#where']"));
        Assert.StartsWith("Error:", page.Document.Title);
        Assert.Empty(page.ServiceSlugs());
    }

    [Fact]
    public async Task Query_full_of_quotes_and_operators_is_treated_as_plain_words()
    {
        var page = await HtmlPage.GetAsync(_client, "/search?q=" + Uri.EscapeDataString("\"\\\" OR 1=1 -- NEAR( * ^"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.ErrorSummary);
        Assert.Equal("Search", page.Heading);
    }

    [Fact]
    public async Task Query_longer_than_200_characters_gives_the_length_error()
    {
        var page = await HtmlPage.GetAsync(_client, "/search?q=" + new string('a', 201));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.ErrorSummary);
        Assert.Contains("Enter 200 characters or fewer", page.ErrorSummary);
        Assert.NotNull(page.Document.QuerySelector(".govuk-error-summary a[href='#q']"));
    }

    [Fact]
    public async Task Query_of_exactly_200_characters_is_accepted()
    {
        var page = await HtmlPage.GetAsync(_client, "/search?q=" + new string('a', 200));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.ErrorSummary);
    }

    [Fact]
    public async Task National_helpline_found_near_a_place_says_how_it_covers_that_place()
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var national = (await Store.VisibleServicesAsync(db)).First(s => s.AreaType == ServiceAreaType.National);
        var label = national.DeliveryModes.Contains(DeliveryMode.InPerson) ? "Available across the UK" : "Online or by phone, anywhere";

        var page = await HtmlPage.GetAsync(_client, $"/search?q={Uri.EscapeDataString(national.Name)}&where=Widnes");

        var link = page.Main.QuerySelector($"a[href='/services/{national.Slug}']");
        Assert.True(link is not null, $"{national.Name} is not in the results.");
        Assert.Contains(label, link.Closest("li")!.TextContent);
    }
}
