using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;

namespace Signpost.Web.Tests;

[Collection(SignpostSiteCollection.Name)]
public sealed class CategoriesPageTests(SignpostWebFactory factory)
{
    private readonly HttpClient _client = factory.CreatePlainClient();

    [Fact]
    public async Task Categories_page_links_to_every_category_and_subcategory()
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var slugs = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Kind == TaxonomyKind.Category).Select(t => t.Slug).ToListAsync();

        var page = await HtmlPage.GetAsync(_client, "/categories");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Find a service", page.Heading);
        Assert.All(slugs, slug => Assert.True(page.Main.QuerySelector($"a[href='/categories/{slug}']") is not null, $"No link to /categories/{slug}."));
    }

    [Fact]
    public async Task Choosing_parents_and_carers_keeps_that_audience_on_every_category_link()
    {
        var page = await HtmlPage.GetAsync(_client, "/categories?audience=parents-carers");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("parents and carers", page.Main.TextContent);
        var links = page.Main.QuerySelectorAll("a[href^='/categories/']");
        Assert.NotEmpty(links);
        Assert.All(links, a => Assert.EndsWith("?audience=parents-carers", a.GetAttribute("href")));
        Assert.NotNull(page.Main.QuerySelector("a[href='/categories']"));
    }
}
