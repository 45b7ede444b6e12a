using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Signpost.E2E;

/// <summary>Waiting for the page a click or form post leads to.</summary>
public static class PageNavigation
{
    /// <summary>
    /// Waits until the page is at an address matching <paramref name="url"/> and its document has been
    /// parsed. Both are polled in the page rather than taken from Playwright's load-state events:
    /// <c>WaitForURLAsync</c> once saw the address match after a sign-in redirect, then waited 30 s for a
    /// DOMContentLoaded it had already missed while "load" and "networkidle" fired (CI, PostgreSQL pass).
    /// </summary>
    public static async Task WaitForPageAsync(this IPage page, Regex url)
    {
        await Assertions.Expect(page).ToHaveURLAsync(url);
        await page.WaitForFunctionAsync("() => document.readyState !== 'loading'");
    }
}
