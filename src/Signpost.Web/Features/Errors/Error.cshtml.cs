using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Signpost.Web.Features.Errors;

/// <summary>The friendly page for every error status; it keeps the status code so crawlers and tests see the truth.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public string Title => Status switch
    {
        404 => "Page not found",
        400 => "Sorry, there is a problem with that request",
        403 => "You do not have permission to see this page",
        429 => "Too many attempts to sign in",
        _ => "Sorry, there is a problem with the service",
    };

    // From the route only: a re-executed POST keeps its form, and the two-factor form's "code"
    // field (a 6-digit number) would otherwise become the status code.
    public void OnGet([FromRoute] int? code) => Handle(code);

    public void OnPost([FromRoute] int? code) => Handle(code);

    private void Handle(int? code)
    {
        Status = code ?? 500;
        Response.StatusCode = Status;
    }
}
