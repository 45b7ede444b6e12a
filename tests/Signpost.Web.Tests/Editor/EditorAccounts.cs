using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Accounts;
using Signpost.Data;
using Signpost.Data.Accounts;

namespace Signpost.Web.Tests.Editor;

/// <summary>
/// Signs test users in through the real sign-in form (and the administrators' two-factor step), so
/// every back-office test exercises the same cookie, antiforgery and authorization path a browser does.
/// </summary>
public static class EditorAccounts
{
    /// <summary>The password the helper gives the users it creates: long, and on no common-password list.</summary>
    public const string Password = "tidy marble lantern orbit 42";

    /// <summary>The organisation editors get when the test names none (a seeded one).</summary>
    public const string DefaultEditorOrganisation = "halton-youth-service";

    private static readonly HtmlParser Parser = new();

    /// <summary>
    /// A client signed in as a user with this role: cookies kept, redirects not followed. Creates the
    /// user when missing (a random unique email unless given); administrators get an authenticator
    /// key and pass the two-factor step with a computed code.
    /// </summary>
    public static async Task<HttpClient> SignedInClientAsync(SignpostWebFactory factory, string role, string? organisationSlug = null, string? email = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var authenticatorKey = await EnsureUserAsync(factory, role, organisationSlug, email);
        var client = CreateClient(factory);
        await SignInAsync(client, email, Password, authenticatorKey);
        return client;
    }

    /// <summary>A client that keeps cookies and shows redirects as they are, like a browser seen one step at a time.</summary>
    public static HttpClient CreateClient(SignpostWebFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in through /account/sign-in, and the two-factor step when the account has a key. Throws if either step fails.</summary>
    public static async Task SignInAsync(HttpClient client, string email, string password, string? authenticatorKey)
    {
        var response = await PostFormAsync(client, "/account/sign-in", "form[method=post]", new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = password,
        });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} gave {(int)response.StatusCode}, not a redirect.");
        }

        var location = RedirectTarget(response);
        if (location.StartsWith("/account/sign-in/two-factor", StringComparison.Ordinal))
        {
            if (authenticatorKey is null)
            {
                throw new InvalidOperationException($"{email} needs a two-factor code but the test has no authenticator key.");
            }

            response = await PostFormAsync(client, location, "form[method=post]", new Dictionary<string, string> { ["code"] = Totp.Now(authenticatorKey) });
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"The two-factor step for {email} gave {(int)response.StatusCode}, not a redirect.");
            }
        }
    }

    /// <summary>
    /// Creates the user if missing, with <see cref="Password"/>, in the role (and organisation); returns
    /// the authenticator key for administrators (two-factor on), otherwise null.
    /// </summary>
    public static async Task<string?> EnsureUserAsync(SignpostWebFactory factory, string role, string? organisationSlug, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SignpostUser>>();
        var db = scope.ServiceProvider.GetRequiredService<SignpostDbContext>();
        organisationSlug ??= role == Roles.Editor ? DefaultEditorOrganisation : null;
        Guid? organisationId = organisationSlug is null
            ? null
            : (await db.Organisations.AsNoTracking().SingleAsync(o => o.Slug == organisationSlug)).Id;

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new SignpostUser { UserName = email, Email = email, EmailConfirmed = true, OrganisationId = organisationId };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, role));
        }
        else if (!await users.CheckPasswordAsync(user, Password))
        {
            Check(await users.RemovePasswordAsync(user));
            Check(await users.AddPasswordAsync(user, Password));
        }

        if (role != Roles.Administrator)
        {
            return null;
        }

        if (!user.TwoFactorEnabled)
        {
            Check(await users.ResetAuthenticatorKeyAsync(user));
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }

        return await users.GetAuthenticatorKeyAsync(user);
    }

    /// <summary>
    /// GETs the page, fills the chosen form as a browser would (its current values and antiforgery
    /// token, then <paramref name="fields"/> over them) and posts it to the form's action.
    /// <paramref name="formSelectorOrAction"/> is a CSS selector ("form[method=post]", "#invite") or the form's action.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pageUrl, string formSelectorOrAction, IDictionary<string, string> fields)
    {
        var page = await client.GetAsync(pageUrl);
        if (page.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {pageUrl} gave {(int)page.StatusCode}, so there is no form to post.");
        }

        var document = await Parser.ParseDocumentAsync(await page.Content.ReadAsStringAsync());
        var form = FindForm(document, formSelectorOrAction)
            ?? throw new InvalidOperationException($"{pageUrl} has no form matching '{formSelectorOrAction}'.");

        var values = FormValues(form);
        foreach (var (name, value) in fields)
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(new KeyValuePair<string, string>(name, value));
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pageUrl : action.StartsWith('?') ? pageUrl.Split('?')[0] + action : action;
        return await client.PostAsync(target, new FormUrlEncodedContent(values));
    }

    /// <summary>Where a redirect points, as a path and query, whether the app wrote it relative or absolute.</summary>
    public static string RedirectTarget(HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException($"{(int)response.StatusCode} is not a redirect.");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    /// <summary>A response read as a page, e.g. a form re-shown with its errors after a POST.</summary>
    public static async Task<HtmlPage> ReadPageAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlPage(response, html, await Parser.ParseDocumentAsync(html));
    }

    /// <summary>Posts the form and reads the response as a page.</summary>
    public static async Task<HtmlPage> PostFormForPageAsync(HttpClient client, string pageUrl, string formSelectorOrAction, IDictionary<string, string> fields) =>
        await ReadPageAsync(await PostFormAsync(client, pageUrl, formSelectorOrAction, fields));

    /// <summary>Form values as a browser would submit them, without any submit button.</summary>
    public static List<KeyValuePair<string, string>> FormValues(IElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var field in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = field.GetAttribute("name")!;
            var type = field.GetAttribute("type")?.ToLowerInvariant();
            switch (field.LocalName)
            {
                case "input" when type is "submit" or "button" or "image" or "file" or "reset":
                    continue;
                case "input" when type is "checkbox" or "radio":
                    if (field.HasAttribute("checked"))
                    {
                        values.Add(new(name, field.GetAttribute("value") ?? "on"));
                    }

                    continue;
                case "textarea":
                    values.Add(new(name, field.TextContent));
                    continue;
                case "select":
                    var option = field.QuerySelector("option[selected]") ?? field.QuerySelector("option");
                    if (option is not null)
                    {
                        values.Add(new(name, option.GetAttribute("value") ?? option.TextContent));
                    }

                    continue;
                default:
                    values.Add(new(name, field.GetAttribute("value") ?? ""));
                    continue;
            }
        }

        return values;
    }

    private static IElement? FindForm(IDocument document, string formSelectorOrAction)
    {
        var byAction = document.QuerySelectorAll("form").FirstOrDefault(f => f.GetAttribute("action") == formSelectorOrAction);
        if (byAction is not null || formSelectorOrAction.StartsWith('/'))
        {
            return byAction;
        }

        // The editor layout's sign-out form comes first on every back-office page; a broad selector means the page's own form.
        var forms = document.QuerySelectorAll(formSelectorOrAction)
            .Select(e => e.LocalName == "form" ? e : e.Closest("form"))
            .OfType<IElement>()
            .ToList();
        return forms.FirstOrDefault(f => f.GetAttribute("action") != "/account/sign-out") ?? forms.FirstOrDefault();
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
