using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Audit;
using Signpost.Data.Accounts;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Account;

/// <summary>Sign-out is a POST with an antiforgery token, so another site cannot sign an editor out with a link or image.</summary>
public sealed class SignOutModel(SignInManager<SignpostUser> signIn, IAuditLog audit) : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : Redirect("/account/sign-in");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await audit.RecordAsync(AuditActions.SignOut, null, null, cancellationToken);
        }

        await signIn.SignOutAsync();
        return Redirect("/account/sign-in?signedOut=true");
    }
}
