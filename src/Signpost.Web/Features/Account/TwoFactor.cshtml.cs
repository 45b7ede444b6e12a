using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Data.Accounts;
using Signpost.Web.Infrastructure;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Account;

/// <summary>Set up, renew or turn off an authenticator app. Administrators cannot turn it off.</summary>
[Authorize]
public sealed class TwoFactorModel(
    UserManager<SignpostUser> users,
    SignInManager<SignpostUser> signIn,
    IAuditLog audit,
    IOptions<SignpostOptions> site) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty(Name = "code")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true, Name = "returnUrl")]
    public string? ReturnUrl { get; set; }

    public string Email { get; private set; } = "";

    public bool Enabled { get; private set; }

    public bool IsAdministrator { get; private set; }

    public string? SharedKey { get; private set; }

    public string? KeyUri { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    /// <summary>Shown once, on the response that made them; never stored in a readable form.</summary>
    public IReadOnlyList<string>? NewRecoveryCodes { get; private set; }

    public string ContinueUrl => ReturnUrls.Safe(Url, ReturnUrl);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        var code = new string((Code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (code.Length == 0)
        {
            ModelState.AddModelError("code", "Enter the 6-digit code from your authenticator app");
        }
        else if (code.Length != 6 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("code", "Enter the code your authenticator app shows now; check the app was set up with the key on this page");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        NewRecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();

        // Enabling changes the security stamp; refresh this session so it is not taken for a stale one.
        await signIn.RefreshSignInAsync(user);
        await audit.RecordForAsync(user.Id, user.Email, AuditActions.TwoFactorEnabled, user.Email, "Authenticator app", cancellationToken);
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        NewRecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (await users.IsInRoleAsync(user, Roles.Administrator))
        {
            return Forbid();
        }

        if (user.TwoFactorEnabled)
        {
            await users.SetTwoFactorEnabledAsync(user, false);

            // A new key next time: the old one may be on a lost phone.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            await audit.RecordForAsync(user.Id, user.Email, AuditActions.TwoFactorDisabled, user.Email, null, cancellationToken);
        }

        return RedirectToPage();
    }

    private async Task LoadAsync(SignpostUser user)
    {
        // The key and recovery codes are secrets: keep them out of browser and proxy caches.
        Response.Headers.CacheControl = "no-store";
        Email = user.Email ?? "";
        Enabled = user.TwoFactorEnabled;
        IsAdministrator = await users.IsInRoleAsync(user, Roles.Administrator);
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        SharedKey = AuthenticatorKey.Grouped(key!);
        KeyUri = AuthenticatorKey.Uri(site.Value.SiteName, Email, key!);
    }
}
