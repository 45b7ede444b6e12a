using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Data.Accounts;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Account;

public sealed class SignInModel(SignInManager<SignpostUser> signIn, UserManager<SignpostUser> users, IAuditLog audit) : PageModel
{
    /// <summary>One message for every wrong combination, so the page never says which email addresses have accounts.</summary>
    public const string IncorrectMessage = "Enter a correct email address and password";

    public const string LockedOutMessage = "Your account is locked because of too many attempts to sign in. Try again in 15 minutes, or ask an administrator to unlock it";

    // A real hash of a random password, checked when no account matches, so unknown emails take as long as wrong passwords.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<SignpostUser>().HashPassword(new SignpostUser(), Guid.NewGuid().ToString()));

    [BindProperty(Name = "email")]
    public string? Email { get; set; }

    [BindProperty(Name = "password")]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true, Name = "returnUrl")]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true, Name = "signedOut")]
    public bool SignedOut { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var email = Email?.Trim();
        if (string.IsNullOrEmpty(email))
        {
            ModelState.AddModelError("email", "Enter your email address");
        }

        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError("password", "Enter your password");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(email!);
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new SignpostUser(), DecoyHash.Value, Password!);
            await audit.RecordForAsync(null, email, AuditActions.SignInFailed, null, "No account has this email address", cancellationToken);
            ModelState.AddModelError("email", IncorrectMessage);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordForAsync(user.Id, user.Email, AuditActions.SignIn, null, "Password", cancellationToken);
            return await users.IsInRoleAsync(user, Roles.Administrator) && !user.TwoFactorEnabled
                ? Redirect("/account/two-factor?returnUrl=" + Uri.EscapeDataString(ReturnUrls.Safe(Url, ReturnUrl)))
                : LocalRedirect(ReturnUrls.Safe(Url, ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return Redirect("/account/sign-in/two-factor?returnUrl=" + Uri.EscapeDataString(ReturnUrls.Safe(Url, ReturnUrl)));
        }

        if (result.IsLockedOut)
        {
            await audit.RecordForAsync(user.Id, user.Email, AuditActions.LockedOut, null, $"Locked until {user.LockoutEnd:u}", cancellationToken);
            ModelState.AddModelError("email", LockedOutMessage);
            return Page();
        }

        await audit.RecordForAsync(user.Id, user.Email, AuditActions.SignInFailed, null, result.IsNotAllowed ? "Not allowed to sign in" : "Wrong password", cancellationToken);
        ModelState.AddModelError("email", IncorrectMessage);
        return Page();
    }
}
