using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Signpost.Core.Accounts;
using Signpost.Core.Feedback;
using Signpost.Data;
using Signpost.Web.Tests.Participation;

namespace Signpost.E2E;

/// <summary>
/// A young person's feedback about a youth club waits for moderation. A participation officer
/// opens it from the queue, removes a name, approves it for quoting, tags a theme, then writes and
/// publishes a "you said, we did" for the club, which appears on the club's page and on the public
/// "You said, we did" page. Every page on the way is scanned with axe.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class OfficerModeratesAndRespondsJourneyTests(SiteFixture site, BrowserFixture browser)
{
    private const string YouthClub = "upton-junior-youth-club";

    [Fact]
    public async Task Officer_RedactsApprovesTagsAndPublishesYouSaidWeDid_PublicPagesShowIt()
    {
        var marker = new string(Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Take(6).ToArray());
        var themeLabel = $"Opening times {marker}";
        var (feedbackId, serviceName) = await SeedPendingFeedbackAsync($"Kayleigh was really kind but the club shuts too early on Fridays {marker}", themeLabel);
        var officer = await BackOffice.CreateUserAsync(site, Roles.ParticipationOfficer);

        await using var context = await browser.NewContextAsync(BrowserFixture.WideWidth);
        var page = await context.NewPageAsync();
        await BackOffice.SignInAsync(page, site, officer);
        await Assertions.Expect(page.Locator("#waiting-feedback-section")).ToBeVisibleAsync();
        await AxeScanner.AssertNoViolationsAsync(page, "officer dashboard");

        // The queue, then the item.
        await page.GetByRole(AriaRole.Link, new() { Name = "Feedback to moderate" }).First.ClickAsync();
        await page.WaitForPageAsync(new Regex("/editor/participation/feedback"));
        await AxeScanner.AssertNoViolationsAsync(page, "moderation queue");
        await page.GotoAsync(site.Url($"/editor/participation/feedback/{feedbackId}"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"Feedback {feedbackId}");
        await AxeScanner.AssertNoViolationsAsync(page, "feedback detail");

        // Redact the name.
        var words = page.GetByLabel("Their words");
        await words.FillAsync($"[name removed] was really kind but the club shuts too early on Fridays {marker}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save redacted words" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Words redacted");
        await Assertions.Expect(page.Locator("#feedback-text")).Not.ToContainTextAsync("Kayleigh");
        await Assertions.Expect(page.Locator("#history")).Not.ToContainTextAsync("Kayleigh");

        // Approve with the words for quoting.
        await page.GetByLabel("Approve the words for quoting").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Feedback approved");
        await Assertions.Expect(page.Locator("#feedback-status")).ToHaveTextAsync("Approved");

        // Tag a theme.
        await page.GetByLabel(themeLabel).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save themes" }).ClickAsync();
        await Assertions.Expect(page.Locator("#feedback-themes")).ToHaveTextAsync(themeLabel);
        await AxeScanner.AssertNoViolationsAsync(page, "feedback detail after moderation");

        // Write and publish a "you said, we did" for the club.
        await page.GotoAsync(site.Url("/editor/participation/you-said-we-did"));
        await AxeScanner.AssertNoViolationsAsync(page, "you said we did list");
        await page.GetByRole(AriaRole.Link, new() { Name = "Write a \"you said, we did\"" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("/you-said-we-did/new"));
        await AxeScanner.AssertNoViolationsAsync(page, "you said we did form");
        var youSaid = $"The club shuts too early on Fridays {marker}";
        await page.GetByLabel("You said", new() { Exact = true }).FillAsync(youSaid);
        await page.GetByLabel("We did", new() { Exact = true }).FillAsync("From January the club stays open until 9pm on Fridays.");
        await page.GetByLabel("Service (optional)").SelectOptionAsync(new SelectOptionValue { Label = serviceName });
        await page.GetByLabel("Theme (optional)").SelectOptionAsync(new SelectOptionValue { Label = themeLabel });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("not public until you publish");
        var row = page.Locator("tr", new() { HasText = youSaid });
        await row.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Published");

        // The public pages show it.
        await page.GotoAsync(site.Url($"/services/{YouthClub}"));
        await Assertions.Expect(page.Locator("#you-said-we-did")).ToContainTextAsync(youSaid);
        await AxeScanner.AssertNoViolationsAsync(page, "service page with you said we did");
        await page.GotoAsync(site.Url("/you-said-we-did"));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(youSaid);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("9pm on Fridays");
        await AxeScanner.AssertNoViolationsAsync(page, "public you said we did page");
    }

    /// <summary>Pending feedback as the public form would leave it (the form is another slice's), and a theme to tag it with.</summary>
    private async Task<(long Id, string ServiceName)> SeedPendingFeedbackAsync(string text, string themeLabel)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SignpostDbContext>();
        var service = await db.Services.AsNoTracking().SingleAsync(s => s.Slug == YouthClub);
        db.FeedbackThemes.Add(new FeedbackTheme { Slug = "e2e-" + Guid.NewGuid().ToString("N")[..8], Label = themeLabel, SortOrder = 999 });
        var response = FeedbackResponses.Pending(service.Id, service.OrganisationId, text);
        db.FeedbackResponses.Add(response);
        await db.SaveChangesAsync();
        return (response.Id, service.Name);
    }
}
