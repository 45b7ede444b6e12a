using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Audit;
using Signpost.Data.Accounts;
using Signpost.Web.Features.Account.Passwords;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Account;

[Authorize]
public sealed class ChangePasswordModel(UserManager<SignpostUser> users, SignInManager<SignpostUser> signIn, IAuditLog audit) : PageModel
{
    [BindProperty(Name = "current-password")]
    public string? CurrentPassword { get; set; }

    [BindProperty(Name = "new-password")]
    public string? NewPassword { get; set; }

    [BindProperty(Name = "confirm-password")]
    public string? ConfirmPassword { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (string.IsNullOrEmpty(CurrentPassword))
        {
            ModelState.AddModelError("current-password", "Enter your current password");
        }

        if (string.IsNullOrEmpty(NewPassword))
        {
            ModelState.AddModelError("new-password", "Enter a new password");
        }
        else if (NewPassword != ConfirmPassword)
        {
            ModelState.AddModelError("confirm-password", "The passwords do not match: enter the new password again");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, CurrentPassword!, NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(
                    error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "current-password" : "new-password",
                    error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Your current password is not correct" : error.Description);
            }

            return Page();
        }

        // The stamp changed with the password: other sessions end, this one is renewed.
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(AuditActions.PasswordChanged, user.Email, null, cancellationToken);
        return Redirect("/account?done=password");
    }
}
