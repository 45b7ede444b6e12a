using System.Net;
using System.Xml.Linq;
using Signpost.Core.Content;

namespace Signpost.Web.Tests;

[Collection(SignpostSiteCollection.Name)]
public sealed class SitemapTests(SignpostWebFactory factory)
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly HttpClient _client = factory.CreatePlainClient();

    [Fact]
    public async Task Sitemap_is_xml_in_the_sitemap_namespace()
    {
        var response = await _client.GetAsync("/sitemap.xml");
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Sitemap + "urlset", document.Root!.Name);
        Assert.All(document.Root.Elements(), url => Assert.Equal(Sitemap + "url", url.Name));
    }

    [Fact]
    public async Task Sitemap_lists_every_visible_service_and_no_unpublished_one()
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var services = await Store.AllServicesAsync(db);
        var paths = await LocationPathsAsync();

        var visible = services.Where(s => s.IsVisibleOn(Store.Today)).ToList();
        var hidden = services.Where(s => s.Status is ContentStatus.Draft or ContentStatus.Withdrawn).ToList();
        Assert.NotEmpty(hidden);
        Assert.All(visible, s => Assert.Contains($"/services/{s.Slug}", paths));
        Assert.All(hidden, s => Assert.DoesNotContain($"/services/{s.Slug}", paths));
    }

    [Fact]
    public async Task Sitemap_lists_help_articles_and_categories()
    {
        var paths = await LocationPathsAsync();

        Assert.Contains("/help/what-is-camhs", paths);
        Assert.Contains("/categories/send", paths);
        Assert.Contains("/", paths);
    }

    private async Task<HashSet<string>> LocationPathsAsync()
    {
        var document = XDocument.Parse(await _client.GetStringAsync("/sitemap.xml"));
        return document.Descendants(Sitemap + "loc").Select(loc => new Uri(loc.Value).AbsolutePath).ToHashSet();
    }
}
