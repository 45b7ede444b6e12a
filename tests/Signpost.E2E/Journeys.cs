using Microsoft.Playwright;

namespace Signpost.E2E;

/// <summary>Locators and steps that several journeys share.</summary>
public static class Journeys
{
    /// <summary>The "Exit this page" target in the layout; tests intercept it so nothing leaves the machine.</summary>
    public const string ExitUrl = "https://www.bbc.co.uk/weather";

    /// <summary>Links to services in a result list (category, search or my list).</summary>
    public static ILocator ResultLinks(IPage page) =>
        page.Locator(".app-result .app-result__title a");

    /// <summary>The slugs of the first <paramref name="count"/> services in the result list on the page.</summary>
    public static async Task<IReadOnlyList<string>> ResultSlugsAsync(IPage page, int count)
    {
        var hrefs = await ResultLinks(page).EvaluateAllAsync<string[]>("links => links.map(a => a.pathname)");
        Assert.True(hrefs.Length >= count, $"Expected at least {count} results on {page.Url}, found {hrefs.Length}.");
        return hrefs.Take(count).Select(h => h["/services/".Length..]).ToList();
    }

    /// <summary>Answers every request to the exit page with a local stand-in page.</summary>
    public static Task InterceptExitPageAsync(IBrowserContext context) =>
        context.RouteAsync("**/*bbc*/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html",
            Body = "<!doctype html><html lang=\"en\"><title>Weather</title><h1>Weather</h1></html>",
        }));
}
