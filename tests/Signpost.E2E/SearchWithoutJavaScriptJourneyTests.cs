using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Signpost.E2E;

/// <summary>
/// Search works for someone whose scripts failed or are switched off: the filter
/// form is a plain GET form, pagination is plain links, and without the map the
/// list still holds every result.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class SearchWithoutJavaScriptJourneyTests(SiteFixture site, BrowserFixture browser)
{
    // Once the new document is parsed: assertions below wait for what they need, and
    // waiting for every subresource's "load" only adds time on a busy machine.
    // "youth club" finds more than one page (20) of demo services.
    private const string Query = "youth club";

    [Fact]
    public async Task FilterForm_TickANeedAndADeliveryMode_AppliesThemThroughTheAddress()
    {
        await using var context = await browser.NewContextAsync(BrowserFixture.WideWidth, javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/search?q=" + Uri.EscapeDataString(Query)));

        // Without script the panel is open at every width.
        var panel = page.Locator("details.app-filter-panel");
        Assert.True(await panel.EvaluateAsync<bool>("d => d.open"), "The filter panel should be open without JavaScript.");
        var unfilteredTotal = await TotalAsync(page);

        var need = panel.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Emotional and mental health") });
        var delivery = panel.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Phone or text") });
        await need.CheckAsync();
        await delivery.CheckAsync();
        // Both are far down the panel, so use the button at its foot.
        await panel.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).Last.ClickAsync();
        await page.WaitForPageAsync(new Regex("need=emotional-health"));

        var query = new Uri(page.Url).Query;
        Assert.Contains("need=emotional-health", query, StringComparison.Ordinal);
        Assert.Contains("delivery=phone", query, StringComparison.Ordinal);
        Assert.Contains("q=youth+club", query, StringComparison.Ordinal);
        await Assertions.Expect(need).ToBeCheckedAsync();
        await Assertions.Expect(delivery).ToBeCheckedAsync();

        // The page shows exactly what the engine finds for those filters.
        var total = await TotalAsync(page);
        Assert.InRange(total, 1, unfilteredTotal - 1);
        var expected = await ApiSlugsAsync(context, $"q={Uri.EscapeDataString(Query)}&need=emotional-health&delivery=phone&page_size=50");
        Assert.Equal(expected.Count, total);
        Assert.Equal(expected, await PageSlugsAsync(page));

        // No tiles are configured for tests, so there is no map, and the list is complete.
        await Assertions.Expect(page.Locator("#results-map")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".leaflet-container")).ToHaveCountAsync(0);
        await Assertions.Expect(Journeys.ResultLinks(page)).ToHaveCountAsync(total);
        await Assertions.Expect(page.Locator("nav.govuk-pagination")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Pagination_NextPageShowsTheRestOfTheResults()
    {
        await using var context = await browser.NewContextAsync(BrowserFixture.WideWidth, javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/search?q=" + Uri.EscapeDataString(Query)));

        var total = await TotalAsync(page);
        Assert.InRange(total, 21, 40);
        var firstPage = await PageSlugsAsync(page);
        Assert.Equal(20, firstPage.Count);

        var pagination = page.GetByRole(AriaRole.Navigation, new() { Name = "Results pages" });
        await Assertions.Expect(pagination.GetByRole(AriaRole.Link, new() { Name = "Page 1", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        await pagination.GetByRole(AriaRole.Link, new() { Name = "Page 2", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(new Regex("page=2"));

        Assert.Equal(total, await TotalAsync(page));
        var secondPage = await PageSlugsAsync(page);
        Assert.Equal(total - 20, secondPage.Count);
        Assert.Empty(firstPage.Intersect(secondPage));
        await Assertions.Expect(page.GetByRole(AriaRole.Search).Locator("#q")).ToHaveValueAsync(Query);
        await Assertions.Expect(pagination.GetByRole(AriaRole.Link, new() { Name = "Page 2", Exact = true })).ToHaveAttributeAsync("aria-current", "page");

        // Both pages together are the whole result set, in the engine's order.
        var expected = await ApiSlugsAsync(context, $"q={Uri.EscapeDataString(Query)}&page_size=50");
        Assert.Equal(expected, firstPage.Concat(secondPage).ToList());

        await pagination.GetByRole(AriaRole.Link, new() { Name = "Previous page" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("page=1"));
        Assert.Equal(firstPage, await PageSlugsAsync(page));
    }

    private static async Task<int> TotalAsync(IPage page)
    {
        var heading = await page.Locator("#results-count").InnerTextAsync();
        var match = Regex.Match(heading, @"^\s*(\d+) results?");
        Assert.True(match.Success, $"Unexpected result count heading '{heading}'.");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<List<string>> PageSlugsAsync(IPage page)
    {
        var hrefs = await Journeys.ResultLinks(page).EvaluateAllAsync<string[]>("links => links.map(a => a.pathname)");
        return hrefs.Select(h => h["/services/".Length..]).ToList();
    }

    private async Task<List<string>> ApiSlugsAsync(IBrowserContext context, string query)
    {
        var response = await context.APIRequest.GetAsync(site.Url("/api/search?" + query));
        Assert.Equal(200, response.Status);
        using var json = JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("slug").GetString()!).ToList();
    }
}
