using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;

namespace Signpost.Web.Tests;

[Collection(SignpostSiteCollection.Name)]
public sealed class ContentPageTests(SignpostWebFactory factory)
{
    private readonly HttpClient _client = factory.CreatePlainClient();

    [Theory]
    [InlineData("accessibility-statement")]
    [InlineData("privacy")]
    [InlineData("about")]
    [InlineData("help")]
    [InlineData("help/what-is-camhs")]
    public async Task Content_page_shows_its_title_and_body(string path)
    {
        var stored = await PageAsync(path);

        var page = await HtmlPage.GetAsync(_client, "/" + path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(stored.Title, page.Heading);
        Assert.False(string.IsNullOrWhiteSpace(page.Main.QuerySelector(".app-markdown")?.TextContent));
    }

    [Fact]
    public async Task Help_lists_every_published_help_page()
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var children = (await db.Pages.AsNoTracking().Where(p => p.Status == ContentStatus.Published && p.Path.StartsWith("help/")).ToListAsync())
            .Where(p => p.ParentPath == "help").ToList();

        var page = await HtmlPage.GetAsync(_client, "/help");

        Assert.NotEmpty(children);
        Assert.All(children, child =>
        {
            // The help body may link to an article in its own words too; the list links by title.
            var titles = page.Main.QuerySelectorAll($"a[href='/{child.Path}']").Select(a => a.TextContent.Trim());
            Assert.Contains(child.Title, titles);
        });
    }

    [Fact]
    public async Task Help_article_breadcrumb_leads_back_to_help()
    {
        var page = await HtmlPage.GetAsync(_client, "/help/what-is-camhs");

        var crumbs = page.Document.QuerySelectorAll(".govuk-breadcrumbs a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/", "/help"], crumbs);
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/help/no-such-article")]
    public async Task Unknown_page_gives_the_friendly_not_found_page(string path)
    {
        var page = await HtmlPage.GetAsync(_client, path);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.Heading);
        Assert.NotNull(page.Main.QuerySelector("a[href='/search']"));
        Assert.NotNull(page.Main.QuerySelector("a[href='tel:08001111']"));
    }

    private async Task<Page> PageAsync(string path)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        return await db.Pages.AsNoTracking().SingleAsync(p => p.Path == path);
    }
}
