using System.Net;
using Microsoft.EntityFrameworkCore;
using System.Xml.Linq;
using Signpost.Core.Content;

namespace Signpost.Web.Tests;

/// <summary>Draft information pages stay out of public view, including the navigation around published ones.</summary>
public sealed class UnpublishedPageTests : IClassFixture<SignpostWebFactory>, IAsyncLifetime
{
    private const string DraftTitle = "Unfinished guide for parents";

    private readonly SignpostWebFactory _factory;
    private readonly HttpClient _client;

    public UnpublishedPageTests(SignpostWebFactory factory)
    {
        _factory = factory;
        _client = factory.CreatePlainClient();
    }

    public async Task InitializeAsync()
    {
        var (scope, db) = _factory.OpenStore();
        await using var _ = scope;
        // xunit builds the class once per test; the shared fixture needs the pages only once.
        if (await db.Pages.AnyAsync(p => p.Path == "test-guides"))
        {
            return;
        }

        db.Pages.AddRange(
            new Page { Id = Guid.NewGuid(), Path = "test-guides", Title = DraftTitle, Body = "Not ready.", Status = ContentStatus.Draft },
            new Page { Id = Guid.NewGuid(), Path = "test-guides/first-steps", Title = "First steps", Body = "Published under a draft.", Status = ContentStatus.Published },
            new Page { Id = Guid.NewGuid(), Path = "help/test-draft-article", Title = "Draft help article", Body = "Not ready.", Status = ContentStatus.Draft });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Draft_page_is_not_found()
    {
        var page = await HtmlPage.GetAsync(_client, "/test-guides");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.DoesNotContain(DraftTitle, page.Html);
    }

    [Fact]
    public async Task Draft_child_is_not_listed_under_its_published_parent()
    {
        var page = await HtmlPage.GetAsync(_client, "/help");

        Assert.Null(page.Main.QuerySelector("a[href='/help/test-draft-article']"));
    }

    [Fact]
    public async Task Draft_pages_are_not_in_the_sitemap()
    {
        var sitemap = await _client.GetStringAsync("/sitemap.xml");
        var paths = XDocument.Parse(sitemap).Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).AbsolutePath).ToList();

        Assert.DoesNotContain("/test-guides", paths);
        Assert.DoesNotContain("/help/test-draft-article", paths);
        Assert.Contains("/test-guides/first-steps", paths);
    }

    [Fact]
    public async Task Breadcrumb_of_a_published_page_does_not_reveal_a_draft_parent()
    {
        var page = await HtmlPage.GetAsync(_client, "/test-guides/first-steps");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        // Known bug: ContentPageModel loads ancestors without a status filter, so the draft's title
        // shows and its breadcrumb link leads to a 404.
        Assert.DoesNotContain(DraftTitle, page.Html);
        Assert.Null(page.Document.QuerySelector(".govuk-breadcrumbs a[href='/test-guides']"));
    }
}
