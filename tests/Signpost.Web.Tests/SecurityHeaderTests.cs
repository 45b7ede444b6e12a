using System.Net;

namespace Signpost.Web.Tests;

[Collection(SignpostSiteCollection.Name)]
public sealed class SecurityHeaderTests(SignpostWebFactory factory)
{
    private readonly HttpClient _client = factory.CreatePlainClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=autism")]
    [InlineData("/no-such-page")]
    [InlineData("/health")]
    public async Task Responses_forbid_sniffing_and_framing(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/young-people")]
    [InlineData("/search?q=youth&where=Widnes")]
    [InlineData("/categories/send?age=abc")]
    [InlineData("/my-list")]
    public async Task Pages_set_no_cookies_as_the_site_promises(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), $"{path} sets a cookie.");
    }
}
