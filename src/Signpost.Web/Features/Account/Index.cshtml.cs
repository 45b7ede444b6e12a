using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Data;
using Signpost.Data.Accounts;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Account;

/// <summary>Your account: who you are in the back office, and the controls that protect the account.</summary>
[Authorize]
public sealed class IndexModel(UserManager<SignpostUser> users, SignInManager<SignpostUser> signIn, SignpostDbContext db, IAuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public string Email { get; private set; } = "";

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public string? OrganisationName { get; private set; }

    public bool TwoFactorEnabled { get; private set; }

    public string? SuccessMessage => Done switch
    {
        "password" => "Your password has been changed. Other devices signed in to your account have been signed out.",
        "two-factor-off" => "Two-factor authentication is off.",
        _ => null,
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Email = user.Email ?? "";
        Roles = (await users.GetRolesAsync(user)).Select(RoleNames.Display).ToList();
        TwoFactorEnabled = user.TwoFactorEnabled;
        OrganisationName = user.OrganisationId is { } organisationId
            ? await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        return Page();
    }

    /// <summary>Ends every session of this account, this one included, by changing the security stamp every cookie carries.</summary>
    public async Task<IActionResult> OnPostSignOutEverywhereAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(AuditActions.SignOutEverywhere, user.Email, "By the user", cancellationToken);
        await signIn.SignOutAsync();
        return Redirect("/account/sign-in?signedOut=true");
    }
}
