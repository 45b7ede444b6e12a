using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;

namespace Signpost.Web.Tests;

[Collection(SignpostSiteCollection.Name)]
public sealed class YoungPeoplePageTests(SignpostWebFactory factory)
{
    private const string YoungPeopleQuery = "?audience=young-people";

    private readonly HttpClient _client = factory.CreatePlainClient();

    [Fact]
    public async Task Young_people_page_has_the_exit_this_page_button()
    {
        var page = await HtmlPage.GetAsync(_client, "/young-people");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector(".govuk-exit-this-page"));
    }

    [Fact]
    public async Task Search_from_the_young_people_page_stays_in_the_young_people_view()
    {
        var page = await HtmlPage.GetAsync(_client, "/young-people");

        var form = Assert.Single(page.Main.QuerySelectorAll("form[action='/search']"));
        Assert.NotNull(form.QuerySelector("input[type='hidden'][name='audience'][value='young-people']"));
        Assert.NotNull(form.QuerySelector("input[name='q']"));
    }

    [Fact]
    public async Task Every_topic_links_to_a_real_category_in_the_young_people_view()
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var categories = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Kind == TaxonomyKind.Category).Select(t => t.Slug).ToListAsync();

        var page = await HtmlPage.GetAsync(_client, "/young-people");

        var topics = page.Main.QuerySelectorAll("a[href^='/categories/']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(topics);
        foreach (var href in topics)
        {
            Assert.EndsWith(YoungPeopleQuery, href);
            Assert.Contains(href["/categories/".Length..^YoungPeopleQuery.Length], categories);
            var topic = await HtmlPage.GetAsync(_client, href);
            Assert.True(topic.Status == HttpStatusCode.OK, $"{href} answered {(int)topic.Status}.");
            Assert.NotNull(topic.Document.QuerySelector(".govuk-exit-this-page"));
        }
    }
}
