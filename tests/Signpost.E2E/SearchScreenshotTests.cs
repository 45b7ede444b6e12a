using Microsoft.Playwright;

namespace Signpost.E2E;

/// <summary>
/// Full-page PNGs of a parent's search results at phone and desktop widths, saved
/// beside <see cref="ScreenshotTests"/>'s for people to look over. Nothing is
/// compared: the test only fails if the page does not render its results.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class SearchScreenshotTests(SiteFixture site, BrowserFixture browser)
{
    [Theory]
    [InlineData(BrowserFixture.NarrowWidth)]
    [InlineData(BrowserFixture.WideWidth)]
    public async Task SaveSearchResultsScreenshot(int width)
    {
        await using var context = await browser.NewContextAsync(width);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/search?q=autism&where=WA8"));
        await Assertions.Expect(Journeys.ResultLinks(page).First).ToBeVisibleAsync();

        Directory.CreateDirectory(ScreenshotTests.Folder);
        var file = Path.Combine(ScreenshotTests.Folder, $"search-autism-wa8-{width}.png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = true, Type = ScreenshotType.Png });

        Assert.True(new FileInfo(file).Length > 0, $"Empty screenshot {file}");
    }
}
