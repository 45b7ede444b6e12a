using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Web.Features.Editor.Services;

namespace Signpost.Web.Features.Editor.ListingProblems;

public sealed class ListingProblemsIndexModel(ListingProblemQueries queries, ServiceEditorQueries editorQueries) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "show")]
    public string? Show { get; set; }

    public bool Resolved => Show == "resolved";

    public IReadOnlyList<ListingProblemRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await editorQueries.ScopeAsync(User, cancellationToken);
        if (scope.SeesNothing)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Rows = await queries.ListAsync(scope, Resolved, cancellationToken);
        return Page();
    }
}
