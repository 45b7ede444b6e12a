using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Signpost.Core.Accounts;
using Signpost.Data;
using Signpost.Data.Accounts;

namespace Signpost.E2E;

/// <summary>
/// A youth worker corrects their service's summary and sends it for review; a directory manager
/// approves it from the queue; the public page shows the new words. Every back-office page on
/// the way is scanned with axe.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class EditorPublishesAChangeJourneyTests(SiteFixture site, BrowserFixture browser)
{
    private const string Organisation = "halton-youth-service";
    private static readonly PageWaitForURLOptions Loaded = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    [Fact]
    public async Task Editor_SubmitsAChange_ManagerApproves_PublicPageShowsIt()
    {
        var password = "correct horse battery staple " + Guid.NewGuid().ToString("N")[..6];
        var editor = await CreateUserAsync(Roles.Editor, Organisation, password);
        var manager = await CreateUserAsync(Roles.DirectoryManager, null, password);
        var (serviceId, slug, name) = await PublishedServiceOfAsync(Organisation);
        var newSummary = $"Drop-in youth sessions with games, music and someone to talk to ({Guid.NewGuid():N})."[..90] + ".";

        await using var context = await browser.NewContextAsync(BrowserFixture.WideWidth);
        var page = await context.NewPageAsync();

        await SignInAsync(page, editor, password);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await AxeScanner.AssertNoViolationsAsync(page, "editor dashboard");

        await page.GotoAsync(site.Url($"/editor/services/{serviceId}/edit"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        await AxeScanner.AssertNoViolationsAsync(page, "service edit form");
        await page.GetByLabel("Summary", new() { Exact = true }).FillAsync(newSummary);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and submit for review" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Sent for review")).ToBeVisibleAsync();
        await AxeScanner.AssertNoViolationsAsync(page, "service edit form after submitting");

        // Not public until a manager approves it.
        var before = await context.APIRequest.GetAsync(site.Url($"/services/{slug}"));
        Assert.DoesNotContain(newSummary, await before.TextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/account/sign-in"), Loaded);

        await SignInAsync(page, manager, password);
        await page.GotoAsync(site.Url("/editor/review"));
        var item = page.Locator($"#service-{serviceId}");
        await Assertions.Expect(item).ToContainTextAsync(newSummary);
        await AxeScanner.AssertNoViolationsAsync(page, "approval queue");
        await item.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Approve and publish") }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        Assert.True(page.Url.Contains("done=approved", StringComparison.Ordinal), $"After approving, {page.Url} shows: {await page.Locator("main").InnerTextAsync()}");
        await Assertions.Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Approved and published");

        await page.GotoAsync(site.Url($"/services/{slug}"));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(newSummary);
    }

    private async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync(site.Url("/account/sign-in"));
        await AxeScanner.AssertNoViolationsAsync(page, "sign-in page");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/editor"), Loaded);
    }

    private async Task<string> CreateUserAsync(string role, string? organisationSlug, string password)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SignpostDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SignpostUser>>();
        Guid? organisationId = organisationSlug is null ? null : (await db.Organisations.SingleAsync(o => o.Slug == organisationSlug)).Id;
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var user = new SignpostUser { UserName = email, Email = email, EmailConfirmed = true, OrganisationId = organisationId };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return email;
    }

    private async Task<(Guid Id, string Slug, string Name)> PublishedServiceOfAsync(string organisationSlug)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SignpostDbContext>();
        var service = await db.Services.AsNoTracking()
            .Where(s => s.Organisation.Slug == organisationSlug && s.Status == Core.Content.ContentStatus.Published && s.ValidTo == null)
            .OrderBy(s => s.Slug)
            .FirstAsync();
        return (service.Id, service.Slug, service.Name);
    }
}
