using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Signpost.E2E;

/// <summary>
/// A young person on a small phone can leave the site in one tap with "Exit
/// this page", and finds a service with the answers they need before going.
/// Requests to the exit site are answered locally, so nothing leaves the machine.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class YoungPersonExitsThisPageJourneyTests(SiteFixture site, BrowserFixture browser)
{
    [Fact]
    public async Task ExitThisPageButton_IsVisibleAt320Pixels_AndLeavesForTheExitSite()
    {
        await using var context = await browser.NewContextAsync(BrowserFixture.NarrowWidth);
        await Journeys.InterceptExitPageAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/young-people"));

        var exit = ExitButton(page);
        await Assertions.Expect(exit).ToBeVisibleAsync();
        await Assertions.Expect(exit).ToBeInViewportAsync();
        await exit.ClickAsync();

        await page.WaitForURLAsync(Journeys.ExitUrl);
        Assert.Equal(Journeys.ExitUrl, page.Url);
    }

    [Fact]
    public async Task PressingShiftThreeTimes_LeavesForTheExitSite()
    {
        await using var context = await browser.NewContextAsync(BrowserFixture.NarrowWidth);
        await Journeys.InterceptExitPageAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/young-people"));
        // The shortcut is wired up by GOV.UK Frontend's module script.
        await page.WaitForFunctionAsync("() => document.querySelector('.govuk-exit-this-page[data-govuk-exit-this-page-init]') !== null");

        // GOV.UK Frontend counts three Shift presses within a few seconds; on a loaded machine the browser may
        // drop that window, so a second round of three is allowed before the journey counts as failed.
        for (var round = 1; ; round++)
        {
            for (var i = 0; i < 3; i++)
            {
                await page.Keyboard.PressAsync("Shift");
            }

            try
            {
                await page.WaitForURLAsync(Journeys.ExitUrl, new() { Timeout = 15_000 });
                return;
            }
            catch (TimeoutException) when (round < 2)
            {
            }
        }
    }

    [Fact]
    public async Task YoungPerson_OpensSomeoneToTalkTo_AndSeesBeforeYouGoAnswersWithExitButton()
    {
        await using var context = await browser.NewContextAsync(BrowserFixture.NarrowWidth);
        await Journeys.InterceptExitPageAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/young-people"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Someone to talk to", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(new Regex("/categories/someone-to-talk-to\\?audience=young-people"));
        await Assertions.Expect(ExitButton(page)).ToBeVisibleAsync();

        var results = Journeys.ResultLinks(page);
        Assert.True(await results.CountAsync() > 0, "No services for 'Someone to talk to'.");
        var first = results.First;
        var name = (await first.InnerTextAsync()).Trim();
        await first.ClickAsync();
        await page.WaitForPageAsync(new Regex("/services/.+\\?audience=young-people"));

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Before you go" })).ToBeVisibleAsync();
        var answers = page.Locator(".app-youth-answers");
        await Assertions.Expect(answers.GetByText("Can I go on my own?")).ToBeVisibleAsync();
        await Assertions.Expect(answers.Locator(".govuk-summary-list__value").First).Not.ToBeEmptyAsync();
        await Assertions.Expect(ExitButton(page)).ToBeVisibleAsync();
    }

    private static ILocator ExitButton(IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "Emergency Exit this page" });
}
