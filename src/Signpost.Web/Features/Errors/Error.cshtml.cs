using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Signpost.Web.Features.Errors;

/// <summary>The friendly page for every error status; it keeps the status code so crawlers and tests see the truth.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int StatusCode { get; private set; }

    public string Title => StatusCode switch
    {
        404 => "Page not found",
        400 => "Sorry, there is a problem with that request",
        _ => "Sorry, there is a problem with the service",
    };

    public void OnGet(int? code) => Handle(code);

    public void OnPost(int? code) => Handle(code);

    private void Handle(int? code)
    {
        StatusCode = code ?? 500;
        Response.StatusCode = StatusCode;
    }
}
