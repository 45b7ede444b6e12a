using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Signpost.E2E;

/// <summary>
/// A young person on a phone types "sexual helth" into the young people's search:
/// the site searches for "sexual health" instead, says so, offers the words as
/// typed, and keeps "Exit this page" on every step.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class YoungPersonMisspellsJourneyTests(SiteFixture site, BrowserFixture browser)
{
    // Once the new document is parsed: assertions below wait for what they need, and
    // waiting for every subresource's "load" only adds time on a busy machine.
    [Fact]
    public async Task YoungPerson_SearchesSexualHelth_SeesSexualHealthServices_AndCanSearchAsTyped()
    {
        await using var context = await browser.NewContextAsync(BrowserFixture.NarrowWidth);
        await Journeys.InterceptExitPageAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/young-people"));

        var searchForm = page.GetByRole(AriaRole.Search);
        await searchForm.Locator("#q").FillAsync("sexual helth");
        await searchForm.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(new Regex("/search\\?.*q=sexual"));

        // The young people's view is carried into the results.
        Assert.Contains("audience=young-people", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(ExitButton(page)).ToBeVisibleAsync();

        var correction = page.Locator("p", new() { HasText = "Showing results for" });
        await Assertions.Expect(correction).ToContainTextAsync("Showing results for sexual health");
        var searchInstead = page.GetByRole(AriaRole.Link, new() { Name = "Search instead for sexual helth", Exact = true });
        await Assertions.Expect(searchInstead).ToBeVisibleAsync();

        var first = Journeys.ResultLinks(page).First;
        await Assertions.Expect(first).ToContainTextAsync(new Regex("sexual health", RegexOptions.IgnoreCase));
        // Opening a result keeps the young people's view too.
        await Assertions.Expect(first).ToHaveAttributeAsync("href", new Regex("^/services/[a-z0-9-]+\\?audience=young-people$"));

        await searchInstead.ClickAsync();
        await page.WaitForPageAsync(new Regex("as_typed=sexual"));

        await Assertions.Expect(page.Locator("p", new() { HasText = "Showing results for" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Search instead for") })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Search).Locator("#q")).ToHaveValueAsync("sexual helth");
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Search results for sexual helth"));
        await Assertions.Expect(page.Locator("#results-count")).ToBeVisibleAsync();
        Assert.Contains("audience=young-people", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(ExitButton(page)).ToBeVisibleAsync();
    }

    private static ILocator ExitButton(IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "Emergency Exit this page" });
}
