using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Signpost.Core.Accounts;
using Signpost.Data;
using Signpost.Data.Accounts;

using Signpost.Web.Tests.Editor;

namespace Signpost.E2E;

/// <summary>A back-office account made for one test: never a fixed password, as the issue asks.</summary>
public sealed record BackOfficeUser(string Email, string Password, string? AuthenticatorKey);

/// <summary>Creating back-office users behind the UI and signing them in through it.</summary>
public static class BackOffice
{
    /// <summary>
    /// Creates a user in the role; administrators get an authenticator key (set through UserManager,
    /// as the setup page would) so the test can type a code like a person with the app.
    /// </summary>
    public static async Task<BackOfficeUser> CreateUserAsync(SiteFixture site, string role, string? organisationSlug = null)
    {
        var password = "correct horse battery staple " + Guid.NewGuid().ToString("N")[..8];
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SignpostDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SignpostUser>>();
        Guid? organisationId = organisationSlug is null ? null : (await db.Organisations.SingleAsync(o => o.Slug == organisationSlug)).Id;
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var user = new SignpostUser { UserName = email, Email = email, EmailConfirmed = true, OrganisationId = organisationId };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        if (role != Roles.Administrator)
        {
            return new BackOfficeUser(email, password, null);
        }

        Check(await users.ResetAuthenticatorKeyAsync(user));
        Check(await users.SetTwoFactorEnabledAsync(user, true));
        return new BackOfficeUser(email, password, await users.GetAuthenticatorKeyAsync(user));
    }

    /// <summary>Signs in through the sign-in page, and the two-factor page when the account has a key; ends on /editor.</summary>
    public static async Task SignInAsync(IPage page, SiteFixture site, BackOfficeUser user)
    {
        await page.GotoAsync(site.Url("/account/sign-in"));
        await page.GetByLabel("Email address").FillAsync(user.Email);
        await page.GetByLabel("Password").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        if (user.AuthenticatorKey is { } key)
        {
            await page.WaitForPageAsync(new Regex("/account/sign-in/two-factor"));
            await page.GetByLabel("Code from your authenticator app").FillAsync(Totp.Now(key));
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        }

        await page.WaitForPageAsync(new Regex("/editor"));
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
}
