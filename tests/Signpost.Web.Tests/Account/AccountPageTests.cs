using System.Net;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Web.Tests.Editor;

namespace Signpost.Web.Tests.Account;

public sealed class AccountPageTests(AccountsWebFactory factory) : IClassFixture<AccountsWebFactory>
{
    [Fact]
    public async Task The_account_page_shows_email_role_and_organisation()
    {
        var email = $"acct-{Guid.NewGuid():N}@example.org";
        var client = await EditorAccounts.SignedInClientAsync(factory, Roles.Editor, "halton-youth-service", email);

        var page = await HtmlPage.GetAsync(client, "/account");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(email, page.SummaryValue("Email address"));
        Assert.Equal("Editor", page.SummaryValue("Role"));
        Assert.Contains("Youth", page.SummaryValue("Organisation"));
        Assert.Equal("Off", page.SummaryValue("Two-factor authentication"));
    }

    [Fact]
    public async Task Sign_out_everywhere_ends_other_sessions_and_this_one()
    {
        var email = $"everywhere-{Guid.NewGuid():N}@example.org";
        var laptop = await EditorAccounts.SignedInClientAsync(factory, Roles.DirectoryManager, email: email);
        var phone = await EditorAccounts.SignedInClientAsync(factory, Roles.DirectoryManager, email: email);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/account")).StatusCode);

        var response = await EditorAccounts.PostFormAsync(laptop, "/account", "form[action*='handler=SignOutEverywhere']", new Dictionary<string, string>());

        Assert.Equal("/account/sign-in?signedOut=true", EditorAccounts.RedirectTarget(response));
        var phoneAfter = await phone.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, phoneAfter.StatusCode);
        Assert.StartsWith("/account/sign-in", EditorAccounts.RedirectTarget(phoneAfter));
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.GetAsync("/account")).StatusCode);
        Assert.Single(await factory.AuditForAsync(email), e => e.Action == AuditActions.SignOutEverywhere);
    }

    [Theory]
    [InlineData("short pass", "12 characters or more")]
    [InlineData("Password1234!", "common password")]
    [InlineData("qwertyuiop123", "common password")]
    [InlineData("passwordpassword", "common password")]
    [InlineData("EMAIL-LOCAL-PART and more", "must not contain your email address")]
    public async Task Weak_new_passwords_are_refused_with_a_reason(string newPassword, string message)
    {
        var email = $"weak-{Guid.NewGuid():N}@example.org";
        var client = await EditorAccounts.SignedInClientAsync(factory, Roles.DirectoryManager, email: email);
        newPassword = newPassword.Replace("EMAIL-LOCAL-PART", email.Split('@')[0]);

        var page = await EditorAccounts.PostFormForPageAsync(client, "/account/change-password", "main form[method=post]", new Dictionary<string, string>
        {
            ["current-password"] = EditorAccounts.Password,
            ["new-password"] = newPassword,
            ["confirm-password"] = newPassword,
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.ErrorSummary);
        Assert.Equal("#new-password", page.Document.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.DoesNotContain(await factory.AuditForAsync(email), e => e.Action == AuditActions.PasswordChanged);
    }

    [Fact]
    public async Task A_wrong_current_password_is_refused()
    {
        var client = await EditorAccounts.SignedInClientAsync(factory, Roles.DirectoryManager);

        var page = await EditorAccounts.PostFormForPageAsync(client, "/account/change-password", "main form[method=post]", new Dictionary<string, string>
        {
            ["current-password"] = "not my password at all",
            ["new-password"] = "violet harbour cinnamon",
            ["confirm-password"] = "violet harbour cinnamon",
        });

        Assert.Contains("Your current password is not correct", page.ErrorSummary);
    }

    [Fact]
    public async Task Changing_the_password_keeps_this_session_ends_others_and_is_audited()
    {
        var email = $"change-{Guid.NewGuid():N}@example.org";
        var client = await EditorAccounts.SignedInClientAsync(factory, Roles.DirectoryManager, email: email);
        var other = await EditorAccounts.SignedInClientAsync(factory, Roles.DirectoryManager, email: email);
        const string newPassword = "violet harbour cinnamon";

        var response = await EditorAccounts.PostFormAsync(client, "/account/change-password", "main form[method=post]", new Dictionary<string, string>
        {
            ["current-password"] = EditorAccounts.Password,
            ["new-password"] = newPassword,
            ["confirm-password"] = newPassword,
        });

        Assert.Equal("/account?done=password", EditorAccounts.RedirectTarget(response));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/account")).StatusCode);
        var fresh = EditorAccounts.CreateClient(factory);
        await EditorAccounts.SignInAsync(fresh, email, newPassword, null);
        Assert.Single(await factory.AuditForAsync(email), e => e.Action == AuditActions.PasswordChanged);
    }

    [Fact]
    public async Task Account_pages_need_a_signed_in_user()
    {
        foreach (var path in new[] { "/account", "/account/change-password", "/account/two-factor" })
        {
            var response = await factory.CreatePlainClient().GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/sign-in?returnUrl=", EditorAccounts.RedirectTarget(response));
        }
    }
}
