using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Audit;
using Signpost.Data.Accounts;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Account;

/// <summary>The second step of sign-in: a code from the authenticator app, or one of the recovery codes.</summary>
public sealed class SignInTwoFactorModel(SignInManager<SignpostUser> signIn, IAuditLog audit) : PageModel
{
    [BindProperty(Name = "code")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true, Name = "returnUrl")]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/account/sign-in") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The password step leaves a short-lived cookie naming the user; without it there is nothing to confirm.
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return Redirect("/account/sign-in");
        }

        var code = new string((Code ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (code.Length == 0)
        {
            ModelState.AddModelError("code", "Enter the code from your authenticator app");
            return Page();
        }

        var isAppCode = code.Length == 6 && code.All(char.IsAsciiDigit);
        var result = isAppCode
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            await audit.RecordForAsync(user.Id, user.Email, AuditActions.SignIn, null, isAppCode ? "Password and authenticator app" : "Password and a recovery code", cancellationToken);
            return LocalRedirect(ReturnUrls.Safe(Url, ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            await audit.RecordForAsync(user.Id, user.Email, AuditActions.LockedOut, null, "At the two-factor step", cancellationToken);
            ModelState.AddModelError("code", SignInModel.LockedOutMessage);
            return Page();
        }

        await audit.RecordForAsync(user.Id, user.Email, AuditActions.SignInFailed, null, "Wrong two-factor code", cancellationToken);
        ModelState.AddModelError("code", isAppCode
            ? "Enter the code shown in your authenticator app now; it changes every 30 seconds"
            : "Enter a 6-digit code from your authenticator app, or a recovery code you have not used before");
        return Page();
    }
}
