using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Signpost.Web.Features.Account;

/// <summary>Where the cookie handler sends a signed-in user who lacks permission; it keeps the 403 status.</summary>
[IgnoreAntiforgeryToken]
public sealed class AccessDeniedModel : PageModel
{
    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
