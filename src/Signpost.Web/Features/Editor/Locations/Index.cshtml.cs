using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Web.Features.Editor.Services;

namespace Signpost.Web.Features.Editor.Locations;

/// <summary>
/// Venues with a search: every one for managers, for an editor those only their organisation uses
/// (or that they created). With <c>?state=in-review</c>, those waiting for a reviewer.
/// </summary>
public sealed class IndexModel(ServiceEditorQueries scopes, LocationQueries queries, LocationWorkflow workflow) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "state")]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public IReadOnlyList<LocationListRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public bool MayCreate { get; private set; }
    public bool WaitingOnly => State == "in-review";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await scopes.ScopeAsync(User, cancellationToken);
        if (scope.SeesNothing)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        (Rows, Total) = await queries.ListAsync(scope, Text, WaitingOnly, cancellationToken);
        MayCreate = await workflow.MayCreateAsync(User, cancellationToken);
        return Page();
    }
}
