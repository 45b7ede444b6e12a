using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Signpost.Web.Features.StoreOutage;

/// <summary>Shown by <see cref="StoreOutageMiddleware"/> when the store cannot be reached and no copy of the page is kept.</summary>
[IgnoreAntiforgeryToken]
public sealed class UnavailableModel : PageModel
{
    public bool Editing { get; private set; }

    public bool Posted { get; private set; }

    public IActionResult OnGet()
    {
        if (!HttpContext.Items.TryGetValue(StoreOutageMiddleware.EditingItem, out var editing))
        {
            return NotFound();
        }

        Editing = editing is true;
        Posted = HttpContext.Items[StoreOutageMiddleware.PostItem] is true;
        Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return Page();
    }
}
