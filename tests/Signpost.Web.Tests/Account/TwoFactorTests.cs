using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Data.Accounts;
using Signpost.Web.Tests.Editor;

namespace Signpost.Web.Tests.Account;

public sealed class TwoFactorTests(AccountsWebFactory factory) : IClassFixture<AccountsWebFactory>
{
    private async Task<(string Email, HttpClient Client)> SignInWithPasswordOnlyAsync(string role)
    {
        var email = $"two-factor-{Guid.NewGuid():N}@example.org";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<SignpostUser>>();
            var user = new SignpostUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, EditorAccounts.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        var client = EditorAccounts.CreateClient(factory);
        await EditorAccounts.SignInAsync(client, email, EditorAccounts.Password, null);
        return (email, client);
    }

    private static async Task<(string Key, HtmlPage Confirmed)> SetUpAuthenticatorAsync(HttpClient client)
    {
        var setUp = await HtmlPage.GetAsync(client, "/account/two-factor");
        Assert.Equal(HttpStatusCode.OK, setUp.Status);
        Assert.Equal("one-time-code", setUp.Document.QuerySelector("input#code")!.GetAttribute("autocomplete"));
        var key = setUp.Document.QuerySelector("#shared-key")!.TextContent.Replace(" ", "").Trim().ToUpperInvariant();
        Assert.Contains($"secret={key}", setUp.Document.QuerySelector("#key-uri")!.TextContent);
        Assert.StartsWith("otpauth://totp/", setUp.Document.QuerySelector("#key-uri")!.TextContent);

        var confirmed = await EditorAccounts.PostFormForPageAsync(client, "/account/two-factor", "form[action*='handler=Confirm']", new Dictionary<string, string> { ["code"] = Totp.Now(key) });
        return (key, confirmed);
    }

    private async Task<bool> TwoFactorEnabledAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SignpostUser>>();
        return (await users.FindByEmailAsync(email))!.TwoFactorEnabled;
    }

    [Fact]
    public async Task An_administrator_without_two_factor_is_sent_to_set_it_up_and_kept_out_of_editor_pages_until_done()
    {
        var email = $"new-admin-{Guid.NewGuid():N}@example.org";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<SignpostUser>>();
            var user = new SignpostUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, EditorAccounts.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Administrator)).Succeeded);
        }

        var client = EditorAccounts.CreateClient(factory);
        var signIn = await EditorAccounts.PostFormAsync(client, "/account/sign-in", "form[method=post]",
            new Dictionary<string, string> { ["email"] = email, ["password"] = EditorAccounts.Password });
        var usersPage = await client.GetAsync("/editor/users");
        var auditPage = await client.GetAsync("/editor/audit");

        Assert.Equal("/account/two-factor?returnUrl=%2Feditor", EditorAccounts.RedirectTarget(signIn));
        Assert.Equal("/account/two-factor?returnUrl=%2Feditor%2Fusers", EditorAccounts.RedirectTarget(usersPage));
        Assert.Equal("/account/two-factor?returnUrl=%2Feditor%2Faudit", EditorAccounts.RedirectTarget(auditPage));

        var (_, confirmed) = await SetUpAuthenticatorAsync(client);

        Assert.Equal(HttpStatusCode.OK, confirmed.Status);
        Assert.Equal(10, confirmed.Document.QuerySelectorAll(".app-recovery-codes li").Length);
        Assert.Contains("no-store", confirmed.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/editor/users")).StatusCode);
        Assert.True(await TwoFactorEnabledAsync(email));
        var entry = Assert.Single(await factory.AuditForAsync(email), e => e.Action == AuditActions.TwoFactorEnabled);
        Assert.Equal(AccountsWebFactory.ClientIp.ToString(), entry.IpAddress);
    }

    [Fact]
    public async Task A_wrong_code_does_not_turn_two_factor_on()
    {
        var (email, client) = await SignInWithPasswordOnlyAsync(Roles.Editor);
        await HtmlPage.GetAsync(client, "/account/two-factor");

        var page = await EditorAccounts.PostFormForPageAsync(client, "/account/two-factor", "form[action*='handler=Confirm']", new Dictionary<string, string> { ["code"] = "000000x" });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Enter the code your authenticator app shows now", page.ErrorSummary);
        Assert.False(await TwoFactorEnabledAsync(email));
    }

    [Fact]
    public async Task After_set_up_sign_in_asks_for_a_code_and_takes_a_recovery_code_only_once()
    {
        var (email, client) = await SignInWithPasswordOnlyAsync(Roles.DirectoryManager);
        var (key, confirmed) = await SetUpAuthenticatorAsync(client);
        var recoveryCode = confirmed.Document.QuerySelector(".app-recovery-codes li")!.TextContent.Trim();

        var withApp = EditorAccounts.CreateClient(factory);
        await EditorAccounts.SignInAsync(withApp, email, EditorAccounts.Password, key);
        Assert.Equal(HttpStatusCode.OK, (await withApp.GetAsync("/account")).StatusCode);

        async Task<HttpResponseMessage> SignInWithCodeAsync(string code)
        {
            var browser = EditorAccounts.CreateClient(factory);
            var first = await EditorAccounts.PostFormAsync(browser, "/account/sign-in", "form[method=post]",
                new Dictionary<string, string> { ["email"] = email, ["password"] = EditorAccounts.Password });
            Assert.StartsWith("/account/sign-in/two-factor", EditorAccounts.RedirectTarget(first));
            return await EditorAccounts.PostFormAsync(browser, EditorAccounts.RedirectTarget(first), "form[method=post]", new Dictionary<string, string> { ["code"] = code });
        }

        var firstUse = await SignInWithCodeAsync(recoveryCode);
        var secondUse = await EditorAccounts.ReadPageAsync(await SignInWithCodeAsync(recoveryCode));
        var wrongCode = await EditorAccounts.ReadPageAsync(await SignInWithCodeAsync("123456"));

        Assert.Equal(HttpStatusCode.Redirect, firstUse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondUse.Status);
        Assert.Contains("recovery code you have not used before", secondUse.ErrorSummary);
        Assert.Contains("Enter the code shown in your authenticator app now", wrongCode.ErrorSummary);
        var audit = await factory.AuditForAsync(email);
        Assert.Contains(audit, e => e.Action == AuditActions.SignIn && e.Detail == "Password and a recovery code");
        Assert.Equal(2, audit.Count(e => e.Action == AuditActions.SignInFailed));
    }

    [Fact]
    public async Task The_second_step_without_a_password_first_goes_back_to_sign_in()
    {
        var response = await factory.CreatePlainClient().GetAsync("/account/sign-in/two-factor");

        Assert.Equal("/account/sign-in", EditorAccounts.RedirectTarget(response));
    }

    [Fact]
    public async Task Other_roles_may_turn_two_factor_off_and_it_is_audited()
    {
        var (email, client) = await SignInWithPasswordOnlyAsync(Roles.ParticipationOfficer);
        await SetUpAuthenticatorAsync(client);

        var off = await EditorAccounts.PostFormAsync(client, "/account/two-factor", "form[action*='handler=Disable']", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.False(await TwoFactorEnabledAsync(email));
        Assert.Single(await factory.AuditForAsync(email), e => e.Action == AuditActions.TwoFactorDisabled);
    }

    [Fact]
    public async Task Administrators_cannot_turn_two_factor_off_even_by_posting_the_form_themselves()
    {
        var email = $"admin-{Guid.NewGuid():N}@example.org";
        var client = await EditorAccounts.SignedInClientAsync(factory, Roles.Administrator, email: email);
        var page = await HtmlPage.GetAsync(client, "/account/two-factor");
        var token = page.Document.QuerySelector("form[action*='handler=RecoveryCodes'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.PostAsync("/account/two-factor?handler=Disable",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Null(page.Document.QuerySelector("form[action*='handler=Disable']"));
        Assert.Contains("/account/access-denied", EditorAccounts.RedirectTarget(response));
        Assert.True(await TwoFactorEnabledAsync(email));
        Assert.DoesNotContain(await factory.AuditForAsync(email), e => e.Action == AuditActions.TwoFactorDisabled);
    }
}
