using System.Net;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Web.Features.Account;
using Signpost.Web.Tests.Editor;

namespace Signpost.Web.Tests.Account;

public sealed class SignInTests(AccountsWebFactory factory) : IClassFixture<AccountsWebFactory>
{
    private static string NewEmail() => $"sign-in-{Guid.NewGuid():N}@example.org";

    private static Task<HtmlPage> PostSignInAsync(HttpClient client, string email, string password) =>
        EditorAccounts.PostFormForPageAsync(client, "/account/sign-in", "form[method=post]", new Dictionary<string, string> { ["email"] = email, ["password"] = password });

    [Fact]
    public async Task The_sign_in_page_is_a_labelled_form_with_autocomplete_hints()
    {
        var page = await HtmlPage.GetAsync(factory.CreatePlainClient(), "/account/sign-in");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Sign in", page.Heading);
        Assert.Equal("username", page.Document.QuerySelector("input#email")!.GetAttribute("autocomplete"));
        Assert.Equal("current-password", page.Document.QuerySelector("input#password")!.GetAttribute("autocomplete"));
        Assert.NotNull(page.Document.QuerySelector("label[for=email]"));
        Assert.NotNull(page.Document.QuerySelector("label[for=password]"));
        Assert.NotNull(page.Document.QuerySelector("form input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task A_correct_password_sets_a_secure_editor_cookie_redirects_and_is_audited_with_the_ip()
    {
        var email = NewEmail();
        await EditorAccounts.EnsureUserAsync(factory, Roles.DirectoryManager, null, email);
        var client = EditorAccounts.CreateClient(factory);

        var response = await EditorAccounts.PostFormAsync(client, "/account/sign-in?returnUrl=%2Feditor%2Fusers", "form[method=post]",
            new Dictionary<string, string> { ["email"] = email, ["password"] = EditorAccounts.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/editor/users", EditorAccounts.RedirectTarget(response));
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(AccountRegistration.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var entry = Assert.Single(await factory.AuditForAsync(email), e => e.Action == AuditActions.SignIn);
        Assert.Equal(AccountsWebFactory.ClientIp.ToString(), entry.IpAddress);
        Assert.NotNull(entry.UserId);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_message_and_are_audited()
    {
        var email = NewEmail();
        await EditorAccounts.EnsureUserAsync(factory, Roles.Editor, null, email);
        var unknown = NewEmail();

        var wrongPassword = await PostSignInAsync(EditorAccounts.CreateClient(factory), email, "not the right password at all");
        var unknownEmail = await PostSignInAsync(EditorAccounts.CreateClient(factory), unknown, "not the right password at all");

        foreach (var page in new[] { wrongPassword, unknownEmail })
        {
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains(SignInModel.IncorrectMessage, page.ErrorSummary);
            Assert.StartsWith("Error:", page.Document.Title);
            Assert.False(page.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(AccountRegistration.CookieName, StringComparison.Ordinal)));
        }

        Assert.Equal(wrongPassword.ErrorSummary, unknownEmail.ErrorSummary);
        Assert.Equal(AccountsWebFactory.ClientIp.ToString(), Assert.Single(await factory.AuditForAsync(email), e => e.Action == AuditActions.SignInFailed).IpAddress);
        Assert.Single(await factory.AuditForAsync(unknown), e => e.Action == AuditActions.SignInFailed && e.UserId == null);
    }

    [Fact]
    public async Task Empty_fields_are_named_in_the_error_summary_and_linked_to_their_inputs()
    {
        var page = await PostSignInAsync(EditorAccounts.CreateClient(factory), "", "");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("#email", page.Document.QuerySelector(".govuk-error-summary a:contains('Enter your email address')")?.GetAttribute("href"));
        Assert.Equal("#password", page.Document.QuerySelector(".govuk-error-summary a:contains('Enter your password')")?.GetAttribute("href"));
        Assert.Contains("email-error", page.Document.QuerySelector("#email")!.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_password()
    {
        var email = NewEmail();
        await EditorAccounts.EnsureUserAsync(factory, Roles.Editor, null, email);
        var client = EditorAccounts.CreateClient(factory);

        var pages = new List<HtmlPage>();
        for (var i = 0; i < 5; i++)
        {
            pages.Add(await PostSignInAsync(client, email, $"wrong password number {i}"));
        }

        var withRightPassword = await PostSignInAsync(client, email, EditorAccounts.Password);

        Assert.All(pages.Take(4), p => Assert.Contains(SignInModel.IncorrectMessage, p.ErrorSummary));
        Assert.Contains("Your account is locked", pages[4].ErrorSummary);
        Assert.Equal(HttpStatusCode.OK, withRightPassword.Status);
        Assert.Contains("Your account is locked", withRightPassword.ErrorSummary);
        var audit = await factory.AuditForAsync(email);
        Assert.Equal(4, audit.Count(e => e.Action == AuditActions.SignInFailed));
        Assert.Equal(2, audit.Count(e => e.Action == AuditActions.LockedOut));
        Assert.All(audit, e => Assert.Equal(AccountsWebFactory.ClientIp.ToString(), e.IpAddress));
        Assert.DoesNotContain(audit, e => e.Action == AuditActions.SignIn);
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        var email = NewEmail();
        await EditorAccounts.EnsureUserAsync(factory, Roles.DirectoryManager, null, email);

        var response = await EditorAccounts.PostFormAsync(EditorAccounts.CreateClient(factory), "/account/sign-in?returnUrl=https%3A%2F%2Fevil.example%2F", "form[method=post]",
            new Dictionary<string, string> { ["email"] = email, ["password"] = EditorAccounts.Password });

        Assert.Equal("/editor", EditorAccounts.RedirectTarget(response));
    }

    [Fact]
    public async Task A_sign_in_post_without_the_antiforgery_token_is_rejected()
    {
        var email = NewEmail();
        await EditorAccounts.EnsureUserAsync(factory, Roles.DirectoryManager, null, email);

        var response = await factory.CreatePlainClient().PostAsync("/account/sign-in",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = email, ["password"] = EditorAccounts.Password }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(await factory.AuditForAsync(email), e => e.Action == AuditActions.SignIn);
    }

    [Fact]
    public async Task Editor_pages_send_anonymous_visitors_to_sign_in_with_the_page_to_return_to()
    {
        var response = await factory.CreatePlainClient().GetAsync("/editor/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in?returnUrl=%2Feditor%2Fusers", EditorAccounts.RedirectTarget(response));
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_needs_a_post_with_a_token()
    {
        var client = await EditorAccounts.SignedInClientAsync(factory, Roles.DirectoryManager);

        var forged = await client.PostAsync("/account/sign-out", new FormUrlEncodedContent([]));
        var stillIn = await client.GetAsync("/account/sign-out");
        var signOut = await EditorAccounts.PostFormAsync(client, "/account/sign-out", "form[method=post]", new Dictionary<string, string>());
        var after = await client.GetAsync("/account");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal("/account/sign-in?signedOut=true", EditorAccounts.RedirectTarget(signOut));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/sign-in", EditorAccounts.RedirectTarget(after));
    }

    [Fact]
    public async Task Public_pages_set_no_cookies_even_for_a_signed_in_editor_browser()
    {
        var response = await factory.CreatePlainClient().GetAsync("/account/sign-in");

        // The sign-in form itself carries the antiforgery cookie (strictly necessary); public pages carry none.
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("signpost-antiforgery=", StringComparison.Ordinal));
        Assert.False((await factory.CreatePlainClient().GetAsync("/")).Headers.Contains("Set-Cookie"));
    }
}
