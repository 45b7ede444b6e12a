using System.Net;

namespace Signpost.Web.Tests;

[Collection(SignpostSiteCollection.Name)]
public sealed class MyListPageTests(SignpostWebFactory factory)
{
    private readonly HttpClient _client = factory.CreatePlainClient();

    [Fact]
    public async Task Empty_list_explains_how_to_add_services()
    {
        var page = await HtmlPage.GetAsync(_client, "/my-list");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Your list is empty", page.Main.TextContent);
        Assert.Empty(page.ServiceSlugs());
    }

    [Fact]
    public async Task List_in_the_address_shows_both_services_in_order()
    {
        var (a, b) = await TwoVisibleSlugsAsync();

        var page = await HtmlPage.GetAsync(_client, $"/my-list?s={a}&s={b}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal([a, b], page.ServiceSlugs());
    }

    [Fact]
    public async Task Unknown_and_malformed_slugs_are_left_out()
    {
        var (a, b) = await TwoVisibleSlugsAsync();
        var junk = Uri.EscapeDataString("<script>alert(1)</script>");

        var page = await HtmlPage.GetAsync(_client, $"/my-list?s={a}&s=no-such-service&s={junk}&s=..%2F..%2Fetc&s={b}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal([a, b], page.ServiceSlugs());
        Assert.DoesNotContain("<script>alert", page.Html);
        Assert.DoesNotContain("no-such-service", page.Html);
    }

    [Fact]
    public async Task Removing_a_service_redirects_to_the_list_without_it()
    {
        var (a, b) = await TwoVisibleSlugsAsync();

        var response = await _client.GetAsync($"/my-list?s={a}&s={b}&remove={a}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/my-list?s={b}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Share_link_is_the_address_of_this_list()
    {
        var (a, b) = await TwoVisibleSlugsAsync();

        var page = await HtmlPage.GetAsync(_client, $"/my-list?s={a}&s=no-such-service&s={b}");

        var share = page.Main.QuerySelector("input#share-link")?.GetAttribute("value");
        Assert.NotNull(share);
        var url = new Uri(share);
        Assert.True(url.IsAbsoluteUri);
        Assert.Equal("/my-list", url.AbsolutePath);
        Assert.Equal($"?s={a}&s={b}", url.Query);
    }

    private async Task<(string A, string B)> TwoVisibleSlugsAsync()
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var slugs = (await Store.VisibleServicesAsync(db)).Select(s => s.Slug).ToList();
        // Not the first two alphabetically, so the list's order is seen to follow the address, not the name.
        return (slugs[^1], slugs[0]);
    }
}
