using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;

namespace Signpost.Web.Tests;

[Collection(SignpostSiteCollection.Name)]
public sealed class HomePageTests(SignpostWebFactory factory)
{
    private readonly HttpClient _client = factory.CreatePlainClient();

    [Fact]
    public async Task Home_page_is_english_with_exactly_one_h1()
    {
        var page = await HtmlPage.GetAsync(_client, "/");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Single(page.Document.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task Search_form_sends_what_and_where_to_the_search_page()
    {
        var page = await HtmlPage.GetAsync(_client, "/");

        var form = Assert.Single(page.Main.QuerySelectorAll("form[action='/search']"));
        Assert.Equal("get", form.GetAttribute("method"), ignoreCase: true);
        Assert.NotNull(form.QuerySelector("input[name='q']"));
        Assert.NotNull(form.QuerySelector("input[name='where']"));
    }

    [Fact]
    public async Task Need_help_now_panel_offers_childline_and_samaritans_in_the_main_content()
    {
        var page = await HtmlPage.GetAsync(_client, "/");

        // The footer repeats these numbers; the panel in <main> is what a person sees first.
        Assert.Contains(page.Main.QuerySelectorAll("h2"), h => h.TextContent.Trim() == "Need help now?");
        Assert.NotNull(page.Main.QuerySelector("a[href='tel:08001111']"));
        Assert.NotNull(page.Main.QuerySelector("a[href='tel:116123']"));
    }

    [Fact]
    public async Task Every_top_level_category_has_a_tile_with_its_published_service_count()
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var parents = await db.TaxonomyTerms.AsNoTracking()
            .Where(t => t.Kind == TaxonomyKind.Category && t.ParentId == null).Select(t => t.Slug).ToListAsync();
        var visible = await Store.VisibleServicesAsync(db);

        var page = await HtmlPage.GetAsync(_client, "/");

        Assert.Equal(8, parents.Count);
        foreach (var slug in parents)
        {
            var link = page.Main.QuerySelector($"a[href='/categories/{slug}']");
            Assert.True(link is not null, $"No tile links to /categories/{slug}.");
            var tile = link.Closest("li")!;
            var shown = Regex.Match(tile.TextContent, @"(\d+) services?\b");
            Assert.True(shown.Success, $"The {slug} tile does not say how many services it has.");
            var ids = await Store.CategoryAndChildIdsAsync(db, slug);
            var expected = visible.Count(s => s.Terms.Any(t => ids.Contains(t.Id)));
            Assert.True(expected > 0, $"The seed has no visible service in {slug}.");
            Assert.Equal(expected, int.Parse(shown.Groups[1].Value));
        }
    }

    [Theory]
    [InlineData("/young-people")]
    [InlineData("/categories?audience=parents-carers")]
    [InlineData("/categories?audience=professionals")]
    public async Task Audience_choice_links_to_each_audience(string href)
    {
        var page = await HtmlPage.GetAsync(_client, "/");

        Assert.NotNull(page.Main.QuerySelector($"a[href='{href}']"));
    }

    [Fact]
    public async Task Demo_banner_says_local_listings_are_demo_content()
    {
        var page = await HtmlPage.GetAsync(_client, "/");

        var banner = page.Document.QuerySelector(".govuk-phase-banner");
        Assert.NotNull(banner);
        Assert.Contains("demo content", banner.TextContent);
    }
}
