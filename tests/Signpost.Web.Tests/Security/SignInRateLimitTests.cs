using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Web.Infrastructure.Security;
using Signpost.Web.Tests.Account;
using Signpost.Web.Tests.Editor;

namespace Signpost.Web.Tests.Security;

public sealed class SignInRateLimitTests(SignInRateLimitTests.LowLimitFactory factory) : IClassFixture<SignInRateLimitTests.LowLimitFactory>
{
    private const int Limit = 3;

    private static Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password) =>
        EditorAccounts.PostFormAsync(client, "/account/sign-in", "form[method=post]", new Dictionary<string, string> { ["email"] = email, ["password"] = password });

    [Fact]
    public async Task Over_the_limit_the_address_gets_a_friendly_429_that_names_no_account_and_is_audited()
    {
        var email = $"limited-{Guid.NewGuid():N}@example.org";
        await EditorAccounts.EnsureUserAsync(factory, Roles.Editor, null, email);
        var unknown = $"nobody-{Guid.NewGuid():N}@example.org";
        var client = ClientFrom(EditorAccounts.CreateClient(factory), "198.51.100.1");

        for (var attempt = 0; attempt < Limit; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostSignInAsync(client, email, "not the right password at all")).StatusCode);
        }

        var known = await EditorAccounts.ReadPageAsync(await PostSignInAsync(client, email, EditorAccounts.Password));
        var unknownPage = await EditorAccounts.ReadPageAsync(await PostSignInAsync(client, unknown, "whatever it is"));

        foreach (var page in new[] { known, unknownPage })
        {
            Assert.Equal((HttpStatusCode)429, page.Status);
            Assert.Equal("Too many attempts to sign in", page.Heading);
            Assert.Contains("Wait a minute", page.Main.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", page.Html, StringComparison.Ordinal);
            Assert.True(page.Headers.Contains("Retry-After"));
            Assert.False(page.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("signpost-editor=", StringComparison.Ordinal)),
                "A correct password over the limit must not sign in.");
        }

        Assert.Equal(known.Main.TextContent, unknownPage.Main.TextContent);
        var audit = await factory.AuditForAsync(email);
        var limited = Assert.Single(audit, e => e.Action == AuditActions.SignInFailed && e.Detail == SignInRateLimiting.RateLimitedDetail);
        Assert.Equal("198.51.100.1", limited.IpAddress);
        Assert.DoesNotContain(audit, e => e.Action == AuditActions.SignIn);
        Assert.Single(await factory.AuditForAsync(unknown), e => e.Detail == SignInRateLimiting.RateLimitedDetail);
    }

    [Fact]
    public async Task The_two_factor_step_shares_the_limit_and_its_refusal_names_the_account_in_the_audit()
    {
        var email = $"limited-admin-{Guid.NewGuid():N}@example.org";
        var key = await EditorAccounts.EnsureUserAsync(factory, Roles.Administrator, null, email);
        var client = ClientFrom(EditorAccounts.CreateClient(factory), "198.51.100.2");
        var password = await PostSignInAsync(client, email, EditorAccounts.Password);
        var twoFactor = EditorAccounts.RedirectTarget(password);
        Assert.StartsWith("/account/sign-in/two-factor", twoFactor, StringComparison.Ordinal);

        for (var attempt = 1; attempt < Limit; attempt++)
        {
            var wrong = await EditorAccounts.PostFormAsync(client, twoFactor, "form[method=post]", new Dictionary<string, string> { ["code"] = "000000" });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await EditorAccounts.ReadPageAsync(await EditorAccounts.PostFormAsync(client, twoFactor, "form[method=post]", new Dictionary<string, string> { ["code"] = Totp.Now(key!) }));

        Assert.Equal((HttpStatusCode)429, right.Status);
        Assert.Equal("Too many attempts to sign in", right.Heading);
        var limited = Assert.Single(await factory.AuditForAsync(email), e => e.Detail == SignInRateLimiting.RateLimitedDetail);
        Assert.NotNull(limited.UserId);
    }

    [Fact]
    public async Task Another_address_is_not_held_back_by_a_limited_one()
    {
        var limitedClient = ClientFrom(EditorAccounts.CreateClient(factory), "198.51.100.3");
        for (var attempt = 0; attempt <= Limit; attempt++)
        {
            await PostSignInAsync(limitedClient, "someone@example.org", "not the right password at all");
        }

        var other = await PostSignInAsync(ClientFrom(EditorAccounts.CreateClient(factory), "198.51.100.4"), "someone@example.org", "not the right password at all");

        Assert.Equal((HttpStatusCode)429, (await PostSignInAsync(limitedClient, "someone@example.org", "again")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Reading_the_sign_in_page_is_never_limited()
    {
        var client = factory.CreatePlainClient();

        for (var i = 0; i < Limit * 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/sign-in")).StatusCode);
        }
    }

    [Fact]
    public void Only_posts_to_the_two_sign_in_steps_count()
    {
        Assert.True(SignInRateLimiting.IsSignInAttempt(Request("POST", "/account/sign-in")));
        Assert.True(SignInRateLimiting.IsSignInAttempt(Request("POST", "/Account/Sign-In/two-factor")));
        Assert.False(SignInRateLimiting.IsSignInAttempt(Request("GET", "/account/sign-in")));
        Assert.False(SignInRateLimiting.IsSignInAttempt(Request("POST", "/account/sign-out")));
        Assert.False(SignInRateLimiting.IsSignInAttempt(Request("POST", "/account/two-factor")));
    }

    private static HttpClient ClientFrom(HttpClient client, string address)
    {
        client.DefaultRequestHeaders.Add(LowLimitFactory.ClientAddressHeader, address);
        return client;
    }

    private static Microsoft.AspNetCore.Http.HttpRequest Request(string method, string path)
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;
        return context.Request;
    }

    /// <summary>
    /// The account test app with a limit low enough to reach (the window is long so it never resets
    /// mid-test), and a header that sets the client address, so each test has its own limit.
    /// </summary>
    public sealed class LowLimitFactory : AccountsWebFactory
    {
        public const string ClientAddressHeader = "X-Test-Client-Address";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Signpost:SignIn:PermitLimit", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Signpost:SignIn:WindowSeconds", "3600");

            // Registered after the base factory's fixed address, so it runs after it and wins.
            builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new ClientAddressFromHeader()));
        }

        private sealed class ClientAddressFromHeader : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, nextMiddleware) =>
                {
                    if (context.Request.Headers.TryGetValue(ClientAddressHeader, out var address))
                    {
                        context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                    }

                    return nextMiddleware(context);
                });
                next(app);
            };
        }
    }
}
