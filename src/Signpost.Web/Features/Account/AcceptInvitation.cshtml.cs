using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Data;
using Signpost.Data.Accounts;
using Signpost.Web.Features.Editor.Users;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Account;

/// <summary>The page an invitation link opens: choose a password, and the account is created in the invited role.</summary>
public sealed class AcceptInvitationModel(
    SignpostDbContext db,
    UserManager<SignpostUser> users,
    SignInManager<SignpostUser> signIn,
    IAuditLog audit,
    TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "token")]
    public string? Token { get; set; }

    [BindProperty(Name = "new-password")]
    public string? NewPassword { get; set; }

    [BindProperty(Name = "confirm-password")]
    public string? ConfirmPassword { get; set; }

    public Invitation? Invitation { get; private set; }

    public InvitationProblem? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await FindAsync(cancellationToken);
        return Show();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await FindAsync(cancellationToken))
        {
            return Show();
        }

        var invitation = Invitation!;
        if (await users.FindByEmailAsync(invitation.Email) is not null)
        {
            Problem = InvitationProblem.Used;
            return Show();
        }

        if (string.IsNullOrEmpty(NewPassword))
        {
            ModelState.AddModelError("new-password", "Enter a password");
        }
        else if (NewPassword != ConfirmPassword)
        {
            ModelState.AddModelError("confirm-password", "The passwords do not match: enter the password again");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new SignpostUser { UserName = invitation.Email, Email = invitation.Email, EmailConfirmed = true, OrganisationId = invitation.OrganisationId };
        var result = await users.CreateAsync(user, NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("new-password", error.Description);
            }

            return Page();
        }

        await users.AddToRoleAsync(user, invitation.Role);
        invitation.AcceptedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordForAsync(user.Id, user.Email, AuditActions.InvitationAccepted, user.Email, $"As {RoleNames.Display(invitation.Role)}", cancellationToken);

        await signIn.SignInAsync(user, isPersistent: false);
        await audit.RecordForAsync(user.Id, user.Email, AuditActions.SignIn, null, "Accepted an invitation", cancellationToken);
        return Redirect(invitation.Role == Roles.Administrator ? "/account/two-factor?returnUrl=%2Feditor" : ReturnUrls.Default);
    }

    private async Task<bool> FindAsync(CancellationToken cancellationToken)
    {
        // The page never echoes the token back into a form field; the address already carries it.
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        if (string.IsNullOrWhiteSpace(Token) || Token.Length > 100)
        {
            Problem = InvitationProblem.Unknown;
            return false;
        }

        var hash = InvitationTokens.Hash(Token.Trim());
        Invitation = await db.Invitations.FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        Problem = Invitation switch
        {
            null => InvitationProblem.Unknown,
            { AcceptedAt: not null } => InvitationProblem.Used,
            _ when !Invitation.IsUsableAt(clock.GetUtcNow().UtcDateTime) => InvitationProblem.Expired,
            _ => null,
        };
        return Problem is null;
    }

    // A link that cannot be used is not the visitor's fault; say so plainly, with a 4xx for crawlers and logs.
    private IActionResult Show()
    {
        if (Problem is { } problem)
        {
            Response.StatusCode = problem == InvitationProblem.Unknown ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
        }

        return Page();
    }
}
