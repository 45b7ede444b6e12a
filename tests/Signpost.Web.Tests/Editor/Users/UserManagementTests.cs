using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Data.Accounts;
using Signpost.Web.Tests.Account;

namespace Signpost.Web.Tests.Editor.Users;

public sealed class UserManagementTests(AccountsWebFactory factory) : IClassFixture<AccountsWebFactory>
{
    private async Task<Guid> OrganisationIdAsync(string slug)
    {
        var (scope, db) = factory.OpenStore();
        await using (scope)
        {
            return (await db.Organisations.SingleAsync(o => o.Slug == slug)).Id;
        }
    }

    private async Task<SignpostUser> FindUserAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SignpostUser>>();
        return (await users.FindByEmailAsync(email))!;
    }

    private async Task<IList<string>> RolesOfAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SignpostUser>>();
        return await users.GetRolesAsync((await users.FindByEmailAsync(email))!);
    }

    private async Task<(HttpClient Admin, string Invitee, string InvitationPath)> InviteAsync(string role, string? organisationSlug)
    {
        var admin = await EditorAccounts.SignedInClientAsync(factory, Roles.Administrator);
        var invitee = $"invitee-{Guid.NewGuid():N}@example.org";
        var fields = new Dictionary<string, string> { ["email"] = invitee, ["role"] = role };
        if (organisationSlug is not null)
        {
            fields["organisation"] = (await OrganisationIdAsync(organisationSlug)).ToString();
        }

        var response = await EditorAccounts.PostFormAsync(admin, "/editor/users/invite", "#invite", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (admin, invitee, MailFolder.InvitationPath(MailFolder.LatestTo(factory.MailFolder, invitee)));
    }

    private static Task<HttpResponseMessage> AcceptAsync(HttpClient client, string invitationPath, string password) =>
        EditorAccounts.PostFormAsync(client, invitationPath, "main form[method=post]", new Dictionary<string, string>
        {
            ["new-password"] = password,
            ["confirm-password"] = password,
        });

    [Fact]
    public async Task An_invited_editor_sets_a_password_from_the_emailed_link_and_lands_in_the_back_office()
    {
        var (admin, invitee, path) = await InviteAsync(Roles.Editor, "halton-youth-service");
        var message = MailFolder.LatestTo(factory.MailFolder, invitee);
        var browser = EditorAccounts.CreateClient(factory);

        var form = await HtmlPage.GetAsync(browser, path);
        var accepted = await AcceptAsync(browser, path, "violet harbour cinnamon");

        Assert.Contains("72 hours", message.Body);
        Assert.Contains("Editor", message.Body);
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Equal("new-password", form.Document.QuerySelector("#new-password")!.GetAttribute("autocomplete"));
        Assert.Equal("/editor", EditorAccounts.RedirectTarget(accepted));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account")).StatusCode);
        Assert.Equal([Roles.Editor], await RolesOfAsync(invitee));
        Assert.Equal(await OrganisationIdAsync("halton-youth-service"), (await FindUserAsync(invitee)).OrganisationId);
        var (scope, db) = factory.OpenStore();
        await using (scope)
        {
            var invitation = await db.Invitations.AsNoTracking().SingleAsync(i => i.Email == invitee);
            var token = path.Split("token=")[1];
            Assert.NotEqual(token, invitation.TokenHash);
            Assert.DoesNotContain(token, invitation.TokenHash);
            Assert.Equal(64, invitation.TokenHash.Length);
            Assert.NotNull(invitation.AcceptedAt);
        }

        Assert.Single(await factory.AuditForAsync(invitee), e => e.Action == AuditActions.InvitationAccepted);
        var users = await HtmlPage.GetAsync(admin, "/editor/users");
        Assert.NotNull(users.Document.QuerySelector($"tr[data-user='{invitee}']"));
    }

    [Fact]
    public async Task A_used_link_cannot_be_used_again()
    {
        var (_, _, path) = await InviteAsync(Roles.DirectoryManager, null);
        await AcceptAsync(EditorAccounts.CreateClient(factory), path, "violet harbour cinnamon");

        var again = await HtmlPage.GetAsync(EditorAccounts.CreateClient(factory), path);

        Assert.Equal(HttpStatusCode.Gone, again.Status);
        Assert.Equal("This invitation has already been used", again.Heading);
        Assert.Null(again.Document.QuerySelector("#new-password"));
    }

    [Fact]
    public async Task An_expired_link_says_so_and_creates_nothing()
    {
        var (_, invitee, path) = await InviteAsync(Roles.DirectoryManager, null);
        var (scope, db) = factory.OpenStore();
        await using (scope)
        {
            var invitation = await db.Invitations.SingleAsync(i => i.Email == invitee);
            invitation.ExpiresAt = DateTime.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        }

        var page = await HtmlPage.GetAsync(EditorAccounts.CreateClient(factory), path);
        var post = await EditorAccounts.ReadPageAsync(await EditorAccounts.CreateClient(factory).PostAsync(path, new FormUrlEncodedContent([])));

        Assert.Equal(HttpStatusCode.Gone, page.Status);
        Assert.Equal("This invitation has expired", page.Heading);
        Assert.Null(await FindUserAsync(invitee));
    }

    [Fact]
    public async Task An_invitation_expires_after_72_hours_by_the_clock()
    {
        var (_, invitee, path) = await InviteAsync(Roles.ParticipationOfficer, null);
        try
        {
            factory.Clock.FixedAt = DateTimeOffset.UtcNow.AddHours(72).AddMinutes(1);
            var page = await HtmlPage.GetAsync(EditorAccounts.CreateClient(factory), path);
            Assert.Equal("This invitation has expired", page.Heading);
        }
        finally
        {
            factory.Clock.FixedAt = null;
        }

        Assert.Equal("Choose your password", (await HtmlPage.GetAsync(EditorAccounts.CreateClient(factory), path)).Heading);
    }

    [Fact]
    public async Task An_unknown_token_gets_a_clear_page()
    {
        var page = await HtmlPage.GetAsync(factory.CreatePlainClient(), "/account/accept-invitation?token=not-a-real-token");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("This invitation link is not valid", page.Heading);
    }

    [Fact]
    public async Task A_common_password_is_refused_when_accepting()
    {
        var (_, invitee, path) = await InviteAsync(Roles.DirectoryManager, null);

        var page = await EditorAccounts.ReadPageAsync(await AcceptAsync(EditorAccounts.CreateClient(factory), path, "Password1234!"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("common password", page.ErrorSummary);
        Assert.Null(await FindUserAsync(invitee));
    }

    [Fact]
    public async Task An_invited_administrator_must_set_up_two_factor_first()
    {
        var (_, _, path) = await InviteAsync(Roles.Administrator, null);
        var browser = EditorAccounts.CreateClient(factory);

        var accepted = await AcceptAsync(browser, path, "violet harbour cinnamon");

        Assert.Equal("/account/two-factor?returnUrl=%2Feditor", EditorAccounts.RedirectTarget(accepted));
        Assert.StartsWith("/account/two-factor", EditorAccounts.RedirectTarget(await browser.GetAsync("/editor/users")));
    }

    [Fact]
    public async Task The_invite_form_needs_an_email_a_role_and_an_organisation_for_editors()
    {
        var admin = await EditorAccounts.SignedInClientAsync(factory, Roles.Administrator);

        var page = await EditorAccounts.PostFormForPageAsync(admin, "/editor/users/invite", "#invite", new Dictionary<string, string> { ["email"] = "not an email", ["role"] = Roles.Editor });

        Assert.Contains("Enter an email address in the correct format", page.ErrorSummary);
        Assert.Contains("Select the organisation this editor works for", page.ErrorSummary);
    }

    [Fact]
    public async Task Resending_replaces_the_link_and_cancelling_removes_it()
    {
        var (admin, invitee, firstPath) = await InviteAsync(Roles.DirectoryManager, null);

        var resend = await EditorAccounts.PostFormAsync(admin, "/editor/users", $"tr[data-invitation='{invitee}'] form[action*='handler=Resend']", new Dictionary<string, string>());
        var secondPath = MailFolder.InvitationPath(MailFolder.LatestTo(factory.MailFolder, invitee));
        var cancel = await EditorAccounts.PostFormAsync(admin, "/editor/users", $"tr[data-invitation='{invitee}'] form[action*='handler=Cancel']", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, resend.StatusCode);
        Assert.NotEqual(firstPath, secondPath);
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await EditorAccounts.CreateClient(factory).GetAsync(firstPath)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await EditorAccounts.CreateClient(factory).GetAsync(secondPath)).StatusCode);
    }

    [Fact]
    public async Task Changing_a_role_is_audited_with_old_and_new_and_reaches_the_users_session()
    {
        var admin = await EditorAccounts.SignedInClientAsync(factory, Roles.Administrator);
        var email = $"promote-{Guid.NewGuid():N}@example.org";
        var editor = await EditorAccounts.SignedInClientAsync(factory, Roles.Editor, "halton-youth-service", email);
        var id = (await FindUserAsync(email)).Id;

        var response = await EditorAccounts.PostFormAsync(admin, $"/editor/users/{id}", "#change-role", new Dictionary<string, string> { ["role"] = Roles.DirectoryManager, ["organisation"] = "" });

        Assert.Equal($"/editor/users/{id}?done=role", EditorAccounts.RedirectTarget(response));
        Assert.Equal([Roles.DirectoryManager], await RolesOfAsync(email));
        Assert.Null((await FindUserAsync(email)).OrganisationId);
        var entry = Assert.Single(await AuditAboutAsync(email), e => e.Action == AuditActions.RoleChanged);
        Assert.Matches(@"^Editor \(.+\) -> Directory manager$", entry.Detail);
        Assert.Contains("Directory manager", (await HtmlPage.GetAsync(editor, "/account")).SummaryValue("Role"));
    }

    [Fact]
    public async Task A_disabled_user_is_signed_out_and_cannot_sign_in_until_enabled()
    {
        var admin = await EditorAccounts.SignedInClientAsync(factory, Roles.Administrator);
        var email = $"disable-{Guid.NewGuid():N}@example.org";
        var victim = await EditorAccounts.SignedInClientAsync(factory, Roles.DirectoryManager, email: email);
        var id = (await FindUserAsync(email)).Id;

        await EditorAccounts.PostFormAsync(admin, $"/editor/users/{id}", "#disable-account", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, (await victim.GetAsync("/account")).StatusCode);
        await Assert.ThrowsAsync<InvalidOperationException>(() => EditorAccounts.SignInAsync(EditorAccounts.CreateClient(factory), email, EditorAccounts.Password, null));
        Assert.Contains("Disabled", (await HtmlPage.GetAsync(admin, "/editor/users")).Document.QuerySelector($"tr[data-user='{email}']")!.TextContent);

        await EditorAccounts.PostFormAsync(admin, $"/editor/users/{id}", "#enable-account", new Dictionary<string, string>());

        await EditorAccounts.SignInAsync(EditorAccounts.CreateClient(factory), email, EditorAccounts.Password, null);
        var audit = await AuditAboutAsync(email);
        Assert.Contains(audit, e => e.Action == AuditActions.UserDisabled);
        Assert.Contains(audit, e => e.Action == AuditActions.UserEnabled);
    }

    [Fact]
    public async Task An_administrator_can_sign_a_user_out_everywhere()
    {
        var admin = await EditorAccounts.SignedInClientAsync(factory, Roles.Administrator);
        var email = $"kick-{Guid.NewGuid():N}@example.org";
        var victim = await EditorAccounts.SignedInClientAsync(factory, Roles.ParticipationOfficer, email: email);
        var id = (await FindUserAsync(email)).Id;

        await EditorAccounts.PostFormAsync(admin, $"/editor/users/{id}", "#sign-out-everywhere", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, (await victim.GetAsync("/account")).StatusCode);
        Assert.Contains(await AuditAboutAsync(email), e => e.Action == AuditActions.SignOutEverywhere);
    }

    [Theory]
    [InlineData(Roles.DirectoryManager)]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.ParticipationOfficer)]
    public async Task Other_roles_are_refused_the_users_and_audit_pages(string role)
    {
        var client = await EditorAccounts.SignedInClientAsync(factory, role);

        foreach (var path in new[] { "/editor/users", "/editor/users/invite", "/editor/audit" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var denied = await client.GetAsync(EditorAccounts.RedirectTarget(response));
            Assert.StartsWith("/account/access-denied", EditorAccounts.RedirectTarget(response));
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        }
    }

    [Fact]
    public async Task A_forged_invitation_without_the_antiforgery_token_is_rejected_and_sends_nothing()
    {
        var admin = await EditorAccounts.SignedInClientAsync(factory, Roles.Administrator);
        var invitee = $"forged-{Guid.NewGuid():N}@example.org";

        var response = await admin.PostAsync("/editor/users/invite", new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = invitee, ["role"] = Roles.Administrator }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(MailFolder.Read(factory.MailFolder), m => m.To.Contains(invitee));
        var (scope, db) = factory.OpenStore();
        await using (scope)
        {
            Assert.False(await db.Invitations.AnyAsync(i => i.Email == invitee));
        }
    }

    private async Task<List<AuditEntry>> AuditAboutAsync(string email)
    {
        var (scope, db) = factory.OpenStore();
        await using (scope)
        {
            return await db.AuditLog.AsNoTracking().Where(e => e.Target == email).ToListAsync();
        }
    }
}
