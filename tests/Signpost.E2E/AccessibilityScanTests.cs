using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Signpost.E2E;

/// <summary>
/// axe-core finds no WCAG 2.2 A/AA violations on every kind of page the site
/// serves, including error states and the 404 page, at phone and desktop widths;
/// and no page scrolls sideways.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class AccessibilityScanTests(SiteFixture site, BrowserFixture browser)
{
    // Stand-ins for pages whose address depends on the demo content: the test
    // finds a real service by clicking through /categories/send, as a user would.
    private const string FirstSendService = "{first SEND service}";
    private const string FirstSendServiceForYoungPeople = "{first SEND service}?audience=young-people";
    private const string MyListWithTwoServices = "/my-list?s={first two SEND services}";

    [Theory]
    [InlineData("/", BrowserFixture.NarrowWidth)]
    [InlineData("/", BrowserFixture.WideWidth)]
    [InlineData("/categories", BrowserFixture.NarrowWidth)]
    [InlineData("/categories", BrowserFixture.WideWidth)]
    [InlineData("/categories/send", BrowserFixture.NarrowWidth)]
    [InlineData("/categories/send", BrowserFixture.WideWidth)]
    [InlineData("/categories/send?band=abc&age=abc", BrowserFixture.NarrowWidth)]
    [InlineData("/categories/send?band=abc&age=abc", BrowserFixture.WideWidth)]
    [InlineData(FirstSendService, BrowserFixture.NarrowWidth)]
    [InlineData(FirstSendService, BrowserFixture.WideWidth)]
    [InlineData(FirstSendServiceForYoungPeople, BrowserFixture.NarrowWidth)]
    [InlineData(FirstSendServiceForYoungPeople, BrowserFixture.WideWidth)]
    [InlineData("/young-people", BrowserFixture.NarrowWidth)]
    [InlineData("/young-people", BrowserFixture.WideWidth)]
    [InlineData("/my-list", BrowserFixture.NarrowWidth)]
    [InlineData("/my-list", BrowserFixture.WideWidth)]
    [InlineData(MyListWithTwoServices, BrowserFixture.NarrowWidth)]
    [InlineData(MyListWithTwoServices, BrowserFixture.WideWidth)]
    [InlineData("/search", BrowserFixture.NarrowWidth)]
    [InlineData("/search", BrowserFixture.WideWidth)]
    [InlineData("/search?q=autism&where=WA8", BrowserFixture.NarrowWidth)]
    [InlineData("/search?q=autism&where=WA8", BrowserFixture.WideWidth)]
    [InlineData("/search?q=sexual+helth", BrowserFixture.NarrowWidth)]
    [InlineData("/search?q=sexual+helth", BrowserFixture.WideWidth)]
    [InlineData("/search?where=ZZ99+9ZZ&age=abc", BrowserFixture.NarrowWidth)]
    [InlineData("/search?where=ZZ99+9ZZ&age=abc", BrowserFixture.WideWidth)]
    [InlineData("/search?q=youth+club&page=2", BrowserFixture.NarrowWidth)]
    [InlineData("/search?q=youth+club&page=2", BrowserFixture.WideWidth)]
    [InlineData("/help", BrowserFixture.NarrowWidth)]
    [InlineData("/help", BrowserFixture.WideWidth)]
    [InlineData("/accessibility-statement", BrowserFixture.NarrowWidth)]
    [InlineData("/accessibility-statement", BrowserFixture.WideWidth)]
    [InlineData("/no-such-page", BrowserFixture.NarrowWidth)]
    [InlineData("/no-such-page", BrowserFixture.WideWidth)]
    public async Task Page_HasNoAxeViolations(string path, int width)
    {
        await using var context = await browser.NewContextAsync(width);
        var page = await context.NewPageAsync();

        var expectedStatus = path == "/no-such-page" ? 404 : 200;
        var response = await OpenAsync(page, path);

        Assert.NotNull(response);
        Assert.Equal(expectedStatus, response.Status);
        if (path.Contains("abc", StringComparison.Ordinal) || path.Contains("ZZ99", StringComparison.Ordinal))
        {
            // Scan the error state itself, not a page that quietly ignored the bad input.
            Assert.True(await page.Locator(".govuk-error-summary").IsVisibleAsync(), $"No error summary at {page.Url}");

            // Every link in the summary leads to a field a person can see, even where a panel folds away on phones.
            foreach (var href in await page.Locator(".govuk-error-summary__list a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
            {
                Assert.True(await page.Locator(href).IsVisibleAsync(), $"The error summary links to {href}, which is hidden at {width}px on {page.Url}");
            }
        }

        if (path.Contains("page=2", StringComparison.Ordinal))
        {
            // Scan the pagination component on a middle-of-the-list page, with both directions.
            Assert.True(await page.Locator("nav.govuk-pagination").IsVisibleAsync(), $"No pagination at {page.Url}");
        }

        await AxeScanner.AssertNoViolationsAsync(page, $"{page.Url} at {width}px");

        // WCAG 1.4.10 Reflow, which axe cannot check: no sideways scrolling at 320 CSS pixels.
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{page.Url} scrolls sideways by {overflow}px at {width}px wide.");
    }

    private async Task<IResponse?> OpenAsync(IPage page, string path)
    {
        switch (path)
        {
            case FirstSendService:
                await page.GotoAsync(site.Url("/categories/send"));
                return await page.RunAndWaitForResponseAsync(
                    () => Journeys.ResultLinks(page).First.ClickAsync(),
                    r => r.Request.IsNavigationRequest && r.Url.Contains("/services/", StringComparison.Ordinal));

            case FirstSendServiceForYoungPeople:
                await page.GotoAsync(site.Url("/categories/send"));
                await Journeys.ResultLinks(page).First.ClickAsync();
                await page.WaitForPageAsync(new Regex("/services/"));
                return await page.GotoAsync(page.Url + "?audience=young-people");

            case MyListWithTwoServices:
                await page.GotoAsync(site.Url("/categories/send"));
                var slugs = await Journeys.ResultSlugsAsync(page, 2);
                var response = await page.GotoAsync(site.Url("/my-list?" + string.Join("&", slugs.Select(s => "s=" + s))));
                Assert.Equal(2, await page.Locator(".app-result").CountAsync());
                return response;

            default:
                return await page.GotoAsync(site.Url(path));
        }
    }
}
