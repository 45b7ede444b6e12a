using System.Net;

namespace Signpost.Web.Tests;

[Collection(SignpostSiteCollection.Name)]
public sealed class ErrorPageTests(SignpostWebFactory factory)
{
    private readonly HttpClient _client = factory.CreatePlainClient();

    [Fact]
    public async Task Not_found_page_keeps_the_404_status_and_offers_ways_on()
    {
        var page = await HtmlPage.GetAsync(_client, "/services/no-such-service");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.Heading);
        Assert.NotNull(page.Main.QuerySelector("a[href='/categories']"));
        Assert.NotNull(page.Main.QuerySelector("a[href='tel:08001111']"));
    }

    [Theory]
    [InlineData("/error/0")]
    [InlineData("/error/200")]
    [InlineData("/error/302")]
    public async Task Error_page_address_cannot_choose_a_non_error_status(string path)
    {
        // Known bug: Error.cshtml accepts any integer and sets it as the status, so anyone can make the
        // site answer 200 (a soft 404 for crawlers), a redirect with no Location, or throw on 0.
        var page = await HtmlPage.GetAsync(_client, path);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.Heading);
    }
}
