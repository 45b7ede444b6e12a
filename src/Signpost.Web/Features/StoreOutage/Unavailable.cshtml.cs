using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Signpost.Web.Features.StoreOutage;

/// <summary>Shown by <see cref="StoreOutageMiddleware"/> when the store cannot be reached and no copy of the page is kept.</summary>
[IgnoreAntiforgeryToken]
public sealed class UnavailableModel(Search.SearchIndexHolder index) : PageModel
{
    public bool Editing { get; private set; }

    /// <summary>False on a node that started while the store was down: it has no listings to search yet.</summary>
    public bool CanSearch => index.IsReady;

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
