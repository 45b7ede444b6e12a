using Signpost.Web.Infrastructure.Security;

namespace Signpost.Web.Tests.Security;

public sealed class MapTilePolicyTests(MapTilePolicyTests.MapTileFactory factory) : IClassFixture<MapTilePolicyTests.MapTileFactory>
{
    [Fact]
    public async Task The_configured_tile_host_may_serve_images_and_nothing_else()
    {
        var response = await factory.CreatePlainClient().GetAsync("/search?q=youth");

        var policy = ContentSecurityPolicyHeaderTests.Directives(Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("'self' data: https://*.tiles.example.org", policy["img-src"]);
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'self'", policy["connect-src"]);
    }

    [Theory]
    [InlineData("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org")]
    [InlineData("https://{s}.tile.example.org/{z}/{x}/{y}.png", "https://*.tile.example.org")]
    [InlineData("http://127.0.0.1:5090/tiles/{z}/{x}/{y}.png", "http://127.0.0.1:5090")]
    [InlineData("/tiles/{z}/{x}/{y}.png", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("javascript:alert(1)", null)]
    public void The_tile_origin_is_the_scheme_and_host_of_the_template(string? template, string? origin) =>
        Assert.Equal(origin, ContentSecurityPolicy.TileOrigin(template));

    public sealed class MapTileFactory() : SignpostWebFactory(new Dictionary<string, string>
    {
        ["Signpost:MapTileUrl"] = "https://{s}.tiles.example.org/{z}/{x}/{y}.png",
    });
}
