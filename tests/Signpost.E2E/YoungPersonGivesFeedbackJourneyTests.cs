using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Signpost.E2E;

/// <summary>
/// A 14-year-old tells us what they think of their youth club from its page, keeps the receipt
/// code, and later uses it to see what they sent. Form and confirmation pass the axe scan.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed partial class YoungPersonGivesFeedbackJourneyTests(SiteFixture site, BrowserFixture browser)
{
    private const string ServiceSlug = "grangeway-senior-youth-club";
    private const string ServiceName = "Grangeway Senior Youth Club";

    [Fact]
    public async Task YoungPerson_GivesFeedbackOnTheirYouthClub_GetsAReceiptCode_AndSeesTheirAnswersWithIt()
    {
        await using var context = await browser.NewContextAsync(BrowserFixture.NarrowWidth);
        await Journeys.InterceptExitPageAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url($"/services/{ServiceSlug}?audience=young-people"));

        await page.GetByRole(AriaRole.Link, new() { Name = $"Tell us what you think of {ServiceName}" }).ClickAsync();
        await page.WaitForPageAsync(new Regex($"/services/{ServiceSlug}/feedback$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tell us what you think", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Emergency Exit this page" })).ToBeVisibleAsync();
        await AxeScanner.AssertNoViolationsAsync(page, "the feedback form");

        await Group(page, "Who are you?").GetByLabel("A young person").CheckAsync();
        await Group(page, "How old are you? (optional)").GetByLabel("14 to 15").CheckAsync();
        await page.GetByLabel("The first part of your postcode (optional)").FillAsync("WA7 5AB");
        await Group(page, "Was it easy to get to?").GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await Group(page, "Did the staff listen to you and treat you with respect?").GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await Group(page, "Were the times right for you?").GetByLabel("Partly").CheckAsync();
        await page.GetByLabel("I feel happier").CheckAsync();
        await page.GetByLabel("I feel more confident").CheckAsync();
        await Group(page, "Overall, how good was it?").GetByLabel("5: very good").CheckAsync();
        var words = "The youth workers helped me join the band. Could it open on Fridays too?";
        await page.GetByLabel("Tell us more (optional)").FillAsync(words);
        await page.GetByLabel("Yes, you can use my words").CheckAsync();
        await Group(page, "Would you like a reply?").GetByLabel("No").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send your feedback" }).ClickAsync();

        await page.WaitForPageAsync(new Regex("/feedback/thank-you$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you for your feedback", Level = 1 })).ToBeVisibleAsync();
        var code = (await page.Locator("[data-receipt-code]").InnerTextAsync()).Trim();
        Assert.Matches(ReceiptCodePattern(), code);
        Assert.DoesNotContain(code, page.Url, StringComparison.OrdinalIgnoreCase);
        await AxeScanner.AssertNoViolationsAsync(page, "the feedback confirmation");

        await page.GotoAsync(site.Url("/feedback/receipt"));
        await page.GetByLabel("Your receipt code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your feedback", Level = 1 })).ToBeVisibleAsync();
        Assert.Equal("/feedback/receipt", new Uri(page.Url).AbsolutePath);
        await Assertions.Expect(SummaryValue(page, "Your age")).ToHaveTextAsync("14 to 15");
        await Assertions.Expect(SummaryValue(page, "Postcode area")).ToHaveTextAsync("WA7");
        await Assertions.Expect(SummaryValue(page, "Score")).ToHaveTextAsync("5: very good");
        await Assertions.Expect(SummaryValue(page, "Did it help?")).ToHaveTextAsync("I feel happier, I feel more confident");
        await Assertions.Expect(SummaryValue(page, "What you told us")).ToHaveTextAsync(words);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Delete your feedback" })).ToBeVisibleAsync();
        await AxeScanner.AssertNoViolationsAsync(page, "the receipt page");
    }

    private static ILocator Group(IPage page, string legend) =>
        page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });

    private static ILocator SummaryValue(IPage page, string key) =>
        page.Locator(".govuk-summary-list__row").Filter(new() { Has = page.Locator("dt", new() { HasTextString = key }) }).Locator("dd");

    [GeneratedRegex("^[ACDEFGHJKMNPQRTUVWXYZ2345679]{4}-[ACDEFGHJKMNPQRTUVWXYZ2345679]{4}-[ACDEFGHJKMNPQRTUVWXYZ2345679]{4}$")]
    private static partial Regex ReceiptCodePattern();
}
