using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Signpost.E2E;

/// <summary>
/// A parent on a desktop finds SEND support from the home page, narrows it to
/// autism, saves a service to "My list" and prints the list; and the same
/// journey works when JavaScript is off.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class ParentFindsSendSupportJourneyTests(SiteFixture site, BrowserFixture browser)
{
    private const string StorageKey = "signpost.my-list";

    [Fact]
    public async Task Parent_FiltersSendServicesByAutism_SavesOneToMyList_AndPrintsIt()
    {
        await using var context = await browser.NewContextAsync(BrowserFixture.WideWidth);
        var page = await context.NewPageAsync();

        var (slug, name) = await FindAutismServiceFromHomePageAsync(page);

        var addButton = page.GetByRole(AriaRole.Button, new() { Name = "Add to my list" });
        await addButton.ClickAsync();

        // With JavaScript the page stays put, the button flips and the list lives in localStorage.
        var removeButton = page.GetByRole(AriaRole.Button, new() { Name = "Remove from my list" });
        await Assertions.Expect(removeButton).ToBeVisibleAsync();
        await Assertions.Expect(removeButton).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(page.Locator("#my-list-status")).ToHaveTextAsync("Added to your list.");
        Assert.Contains($"/services/{slug}", page.Url, StringComparison.Ordinal);
        var stored = await page.EvaluateAsync<string[]>($"() => JSON.parse(localStorage.getItem('{StorageKey}'))");
        Assert.Equal([slug], stored);

        await NavigationLink(page, "My list").ClickAsync();
        await page.WaitForPageAsync(new Regex("/my-list"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My list", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToBeVisibleAsync();

        // Headless Chromium cannot print, so check the button asks the browser to.
        var print = page.GetByRole(AriaRole.Button, new() { Name = "Print my list" });
        await Assertions.Expect(print).ToBeVisibleAsync();
        await page.EvaluateAsync("() => { window.__printed = false; window.print = () => { window.__printed = true; }; }");
        await print.ClickAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.__printed"), "Print my list did not call window.print()");

        // On paper: the list, without the site's navigation or the buttons.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("header.govuk-template__header")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" })).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("footer.govuk-footer")).ToBeHiddenAsync();
        await Assertions.Expect(print).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Parent_WithoutJavaScript_SavesServiceThroughTheQueryString_AndGetsAShareLink()
    {
        await using var context = await browser.NewContextAsync(BrowserFixture.WideWidth, javaScriptEnabled: false);
        var page = await context.NewPageAsync();

        var (slug, name) = await FindAutismServiceFromHomePageAsync(page);

        // Without JavaScript the button is a plain GET form to /my-list?s=slug.
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to my list" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("/my-list\\?"));
        var url = new Uri(page.Url);
        Assert.Equal("/my-list", url.AbsolutePath);
        Assert.Equal($"?s={slug}", url.Query);

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("You have saved 1 service.")).ToBeVisibleAsync();
        var share = await page.GetByLabel("Link to share this list").InputValueAsync();
        Assert.Contains($"s={slug}", share, StringComparison.Ordinal);

        // Printing needs script, so the button stays hidden rather than doing nothing.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Print my list" })).ToBeHiddenAsync();
    }

    /// <summary>
    /// Home → "SEND support (Local Offer)" → tick Autism → Apply filters → first
    /// result. Returns the service's slug and name.
    /// </summary>
    private async Task<(string Slug, string Name)> FindAutismServiceFromHomePageAsync(IPage page)
    {
        await page.GotoAsync(site.Url("/"));
        await page.GetByRole(AriaRole.Link, new() { Name = "SEND support (Local Offer)", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(new Regex("/categories/send$"));

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "SEND support (Local Offer)", Level = 1 })).ToBeVisibleAsync();
        var results = Journeys.ResultLinks(page);
        var allNames = await results.AllInnerTextsAsync();
        Assert.NotEmpty(allNames);
        var allCount = await page.Locator("#results-count").InnerTextAsync();

        var autism = page.GetByRole(AriaRole.Checkbox, new() { Name = "Autism", Exact = true });
        await autism.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("need=autism"));

        await Assertions.Expect(autism).ToBeCheckedAsync();
        var autismNames = await results.AllInnerTextsAsync();
        Assert.NotEmpty(autismNames);
        Assert.NotEqual(allNames, autismNames);
        Assert.True(autismNames.Count < allNames.Count, $"Autism filter kept {autismNames.Count} of {allNames.Count} services.");
        Assert.Subset(allNames.ToHashSet(), autismNames.ToHashSet());
        Assert.NotEqual(allCount, await page.Locator("#results-count").InnerTextAsync());

        var first = results.First;
        var name = (await first.InnerTextAsync()).Trim();
        await first.ClickAsync();
        await page.WaitForPageAsync(new Regex("/services/"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        var slug = new Uri(page.Url).AbsolutePath["/services/".Length..];
        return (slug, name);
    }

    private static ILocator NavigationLink(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" })
            .GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
}
