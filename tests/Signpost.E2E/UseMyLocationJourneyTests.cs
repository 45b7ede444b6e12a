using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Signpost.E2E;

/// <summary>
/// A parent on a phone lets the browser share where they are instead of typing a postcode, and
/// gets services nearest that point; suggestions appear while they type.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class UseMyLocationJourneyTests(SiteFixture site, BrowserFixture browser)
{
    [Fact]
    public async Task Parent_uses_their_location_and_gets_the_nearest_services_first()
    {
        // Widnes town centre, granted to the page as a browser would after the person says yes.
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new() { Width = BrowserFixture.WideWidth, Height = BrowserFixture.ViewportHeight },
            Geolocation = new() { Latitude = 53.3617f, Longitude = -2.7337f },
            Permissions = ["geolocation"],
            Locale = "en-GB",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/search?q=youth+club"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Use my location" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("lat=53\\.36"));

        await Assertions.Expect(page.Locator("#results-count")).ToContainTextAsync("near your location");
        Assert.Contains("lng=-2.73", page.Url, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "distance" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("sort=distance"));
        var miles = await page.Locator(".app-result__meta").AllInnerTextsAsync();
        var distances = miles.Select(text => Regex.Match(text, @"([\d.]+) miles away")).Where(m => m.Success).Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(distances);
        Assert.Equal(distances.Order().ToList(), distances);
    }

    [Fact]
    public async Task Typing_offers_suggestions_from_the_index()
    {
        await using var context = await browser.NewContextAsync(BrowserFixture.WideWidth);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/search"));

        var suggestions = page.WaitForResponseAsync(r => r.Url.Contains("/api/suggest?q=coun", StringComparison.Ordinal));
        await page.Locator("#q").PressSequentiallyAsync("coun", new() { Delay = 50 });
        await suggestions;

        await Assertions.Expect(page.Locator("#q-suggestions option").First).ToHaveAttributeAsync("value", new Regex("^coun", RegexOptions.IgnoreCase));
    }
}
