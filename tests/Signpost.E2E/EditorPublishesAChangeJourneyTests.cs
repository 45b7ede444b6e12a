using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Signpost.Core.Accounts;
using Signpost.Data;
using Xunit.Abstractions;

namespace Signpost.E2E;

/// <summary>
/// A youth worker corrects their service's summary, previews it and sends it for review; they
/// cannot open another organisation's listing by its address. A directory manager sees the
/// change as a diff in the queue and approves it; the public page shows the new words and search
/// finds them within a second. Every back-office page on the way is scanned with axe.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class EditorPublishesAChangeJourneyTests(SiteFixture site, BrowserFixture browser, ITestOutputHelper output)
{
    private const string Organisation = "halton-youth-service";
    private const string OtherOrganisation = "halton-borough-council";

    /// <summary>The promise: published changes are searchable within a second.</summary>
    private static readonly TimeSpan SearchableWithin = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Editor_SubmitsAChange_ManagerApproves_PublicPageAndSearchShowIt()
    {
        var editor = await BackOffice.CreateUserAsync(site, Roles.Editor, Organisation);
        var manager = await BackOffice.CreateUserAsync(site, Roles.DirectoryManager);
        var (serviceId, slug, name, oldSummary) = await PublishedServiceOfAsync(Organisation);
        var (otherServiceId, _, _, _) = await PublishedServiceOfAsync(OtherOrganisation);

        // A made-up word no listing has, so search can only find it in the new summary.
        var marker = "quokka" + new string(Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Take(6).ToArray());
        var newSummary = $"Drop-in youth sessions with games, music and {marker} nights, and someone to talk to.";

        await using var context = await browser.NewContextAsync(BrowserFixture.WideWidth);
        var page = await context.NewPageAsync();

        await page.GotoAsync(site.Url("/account/sign-in"));
        await AxeScanner.AssertNoViolationsAsync(page, "sign-in page");
        await BackOffice.SignInAsync(page, site, editor);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await AxeScanner.AssertNoViolationsAsync(page, "editor dashboard");

        // Edit and save a draft.
        await page.GotoAsync(site.Url($"/editor/services/{serviceId}/edit"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        await AxeScanner.AssertNoViolationsAsync(page, "service edit form");
        await page.GetByLabel("Summary", new() { Exact = true }).FillAsync(newSummary);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(page.GetByText(new Regex("^Draft saved as version"))).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Summary", new() { Exact = true })).ToHaveValueAsync(newSummary);

        // Preview: the real public page, rendering the draft.
        await page.Locator("nav[aria-label='This service']").GetByRole(AriaRole.Link, new() { Name = "Preview" }).ClickAsync();
        await page.WaitForPageAsync(new Regex($"/editor/services/{serviceId}/preview"));
        await Assertions.Expect(page.Locator(".app-preview-banner")).ToContainTextAsync("The public does not see it until it is published");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(newSummary);
        await AxeScanner.AssertNoViolationsAsync(page, "service preview");

        // Submit from the form, which holds the draft.
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to editing" }).ClickAsync();
        await page.WaitForPageAsync(new Regex($"/editor/services/{serviceId}/edit"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and submit for review" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Sent for review")).ToBeVisibleAsync();
        await AxeScanner.AssertNoViolationsAsync(page, "service edit form after submitting");

        // Not public until a manager approves it.
        var before = await context.APIRequest.GetAsync(site.Url($"/services/{slug}"));
        Assert.DoesNotContain(newSummary, await before.TextAsync(), StringComparison.Ordinal);

        // Another organisation's listing is refused by address, not just hidden from the list.
        foreach (var path in new[] { $"/editor/services/{otherServiceId}/edit", $"/editor/services/{otherServiceId}/preview", $"/editor/services/{otherServiceId}/history" })
        {
            var refused = await page.GotoAsync(site.Url(path));
            Assert.Equal(403, refused!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You do not have permission to see this page");
        }

        await AxeScanner.AssertNoViolationsAsync(page, "403 page for another organisation's listing");

        await page.GotoAsync(site.Url("/editor"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("/account/sign-in"));

        // The manager sees the change as a diff against the published version.
        await BackOffice.SignInAsync(page, site, manager);
        await page.GotoAsync(site.Url("/editor/review"));
        var item = page.Locator($"#service-{serviceId}");
        var summaryRow = item.Locator(".app-diff .govuk-summary-list__row").Filter(new() { Has = page.Locator("dt", new() { HasTextString = "Summary" }) });
        await Assertions.Expect(summaryRow.Locator("ins")).ToContainTextAsync(newSummary);
        await Assertions.Expect(summaryRow.Locator("del")).ToContainTextAsync(oldSummary);
        await AxeScanner.AssertNoViolationsAsync(page, "approval queue");

        // Timed from pressing the button (the publish commits inside that request) and from its answer.
        var sincePressed = Stopwatch.StartNew();
        await item.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Approve and publish") }).ClickAsync();
        await page.WaitForPageAsync(new Regex("done=approved"));
        var sinceApproved = Stopwatch.StartNew();
        var searchable = await WaitUntilSearchableAsync(context, marker, slug);
        output.WriteLine($"Publish-to-searchable: found by /api/search {sinceApproved.ElapsedMilliseconds} ms after the approval page loaded, {sincePressed.ElapsedMilliseconds} ms after pressing Approve.");
        Assert.True(searchable, $"'{marker}' was not found by /api/search within 5 s of approval.");
        Assert.True(sinceApproved.Elapsed <= SearchableWithin, $"'{marker}' took {sinceApproved.ElapsedMilliseconds} ms to be found by /api/search after approval; the promise is {SearchableWithin.TotalMilliseconds} ms.");
        await Assertions.Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Approved and published");

        await page.GotoAsync(site.Url($"/search?q={marker}"));
        await Assertions.Expect(Journeys.ResultLinks(page).First).ToHaveAttributeAsync("href", new Regex($"/services/{Regex.Escape(slug)}$"));

        await page.GotoAsync(site.Url($"/services/{slug}"));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(newSummary);
    }

    /// <summary>Polls the search API (the engine the search page uses) until the service is found; false after 5 s.</summary>
    private async Task<bool> WaitUntilSearchableAsync(IBrowserContext context, string query, string slug)
    {
        // Polls past the 1 s promise, so a slow run reports its real time instead of just failing.
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            var response = await context.APIRequest.GetAsync(site.Url($"/api/search?q={Uri.EscapeDataString(query)}"));
            if (response.Ok && (await response.TextAsync()).Contains($"\"{slug}\"", StringComparison.Ordinal))
            {
                return true;
            }

            await Task.Delay(20);
        }

        return false;
    }

    private async Task<(Guid Id, string Slug, string Name, string Summary)> PublishedServiceOfAsync(string organisationSlug)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SignpostDbContext>();
        var service = await db.Services.AsNoTracking()
            .Where(s => s.Organisation.Slug == organisationSlug && s.Status == Core.Content.ContentStatus.Published && s.ValidTo == null)
            .OrderBy(s => s.Slug)
            .FirstAsync();
        return (service.Id, service.Slug, service.Name, service.Summary);
    }
}
