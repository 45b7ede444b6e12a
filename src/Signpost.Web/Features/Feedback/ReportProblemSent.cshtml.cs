using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Web.Features.Listings;

namespace Signpost.Web.Features.Feedback;

public sealed class ReportProblemSentModel(ListingQueries listings) : PageModel
{
    public string ServiceName { get; private set; } = "";

    public string Slug { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await listings.GetServiceAsync(slug, cancellationToken) is not { } service)
        {
            return NotFound();
        }

        (ServiceName, Slug) = (service.Name, service.Slug);
        return Page();
    }
}
