using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Signpost.E2E;

/// <summary>
/// Saves full-page PNGs of the key pages at phone and desktop widths, for people
/// to look over (TestResults/screenshots in this project, or SIGNPOST_SCREENSHOTS).
/// Nothing is compared: the test only fails if a page does not render.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class ScreenshotTests(SiteFixture site, BrowserFixture browser)
{
    private const string FirstSendService = "{first SEND service}";

    public static string Folder =>
        Environment.GetEnvironmentVariable("SIGNPOST_SCREENSHOTS") is { Length: > 0 } folder
            ? folder
            : RepoPaths.InRepo("tests", "Signpost.E2E", "TestResults", "screenshots");

    [Theory]
    [InlineData("home", "/", BrowserFixture.NarrowWidth)]
    [InlineData("home", "/", BrowserFixture.WideWidth)]
    [InlineData("category-send", "/categories/send", BrowserFixture.NarrowWidth)]
    [InlineData("category-send", "/categories/send", BrowserFixture.WideWidth)]
    [InlineData("service", FirstSendService, BrowserFixture.NarrowWidth)]
    [InlineData("service", FirstSendService, BrowserFixture.WideWidth)]
    [InlineData("young-people", "/young-people", BrowserFixture.NarrowWidth)]
    [InlineData("young-people", "/young-people", BrowserFixture.WideWidth)]
    public async Task SaveFullPageScreenshot(string name, string path, int width)
    {
        await using var context = await browser.NewContextAsync(width);
        var page = await context.NewPageAsync();
        if (path == FirstSendService)
        {
            await page.GotoAsync(site.Url("/categories/send"));
            await Journeys.ResultLinks(page).First.ClickAsync();
            await page.WaitForPageAsync(new Regex("/services/"));
        }
        else
        {
            await page.GotoAsync(site.Url(path));
        }

        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, $"{name}-{width}.png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = true, Type = ScreenshotType.Png });

        Assert.True(new FileInfo(file).Length > 0, $"Empty screenshot {file}");
    }
}
