using System.Net;
using Signpost.Web.Infrastructure.Security;

namespace Signpost.Web.Tests.Security;

[Collection(SignpostSiteCollection.Name)]
public sealed class ContentSecurityPolicyHeaderTests(SignpostWebFactory factory)
{
    private readonly HttpClient _client = factory.CreatePlainClient();

    public static TheoryData<string> Paths =>
    [
        "/",
        "/search?q=autism",
        "/young-people",
        "/services/no-such-service",
        "/account/sign-in",
        "/editor",
        "/health",
        "/api/search?q=youth",
        "/assets/site.css",
    ];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Every_response_carries_the_policy_without_inline_script(string path)
    {
        var response = await _client.GetAsync(path);

        var policy = Directives(Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("'self'", policy["default-src"]);
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'self'", policy["style-src"]);
        Assert.Equal("'self' data:", policy["img-src"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.Equal("'self'", policy["base-uri"]);
        Assert.Equal("'self'", policy["form-action"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.DoesNotContain("unsafe", string.Join(" ", policy.Values), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Every_response_keeps_the_other_security_headers(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        var permissions = Assert.Single(response.Headers.GetValues("Permissions-Policy"));
        Assert.Contains("geolocation=(self)", permissions, StringComparison.Ordinal);
        Assert.Contains("camera=()", permissions, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/account/sign-in/two-factor")]
    [InlineData("/editor")]
    [InlineData("/editor/services")]
    [InlineData("/account")]
    public async Task Back_office_responses_are_never_stored(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=autism")]
    public async Task Public_pages_may_be_cached(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.False(response.Headers.CacheControl?.NoStore ?? false, $"{path} says no-store.");
    }

    [Fact]
    public async Task Hsts_is_left_to_production_where_it_is_switched_on()
    {
        // The test server runs as "Testing" over plain HTTP; UseHsts only speaks on HTTPS outside Development.
        var response = await _client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Hsts_is_sent_over_https_outside_development()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://signpost.example.org"),
            AllowAutoRedirect = false,
        });

        var response = await client.GetAsync("/");

        Assert.Contains("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_permissions_policy_allows_geolocation_only_for_this_site() =>
        Assert.Contains("geolocation=(self)", SecurityHeaders.PermissionsPolicy, StringComparison.Ordinal);

    internal static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : "");
}
