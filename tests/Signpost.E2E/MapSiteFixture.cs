namespace Signpost.E2E;

/// <summary>
/// A second site whose search page draws a map, with tiles from a host of its own. Nothing
/// answers at that host: <see cref="StubTilesAsync"/> serves the tiles inside the browser, so
/// the Content-Security-Policy is checked against a real cross-origin image host.
/// </summary>
public sealed class MapSiteFixture() : SiteFixture(new Dictionary<string, string>
{
    ["Signpost:MapTileUrl"] = TileTemplate,
    ["Signpost:MapAttribution"] = "Test tiles",
})
{
    public const string TileTemplate = "https://tiles.signpost.test/{z}/{x}/{y}.png";

    // A 1x1 transparent PNG.
    private static readonly byte[] Tile = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    public static Task StubTilesAsync(Microsoft.Playwright.IBrowserContext context) =>
        context.RouteAsync("https://tiles.signpost.test/**", route => route.FulfillAsync(new()
        {
            Status = 200,
            ContentType = "image/png",
            BodyBytes = Tile,
        }));
}
