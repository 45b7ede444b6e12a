using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Editorial;
using Signpost.Web.Features.Editor.Permissions;

namespace Signpost.Web.Features.Editor.Pages;

/// <summary>
/// The pages tree, and with <c>?state=in-review</c> only the pages waiting for a reviewer (the
/// approval queue's section for pages). Pages belong to nobody, so only managers pass.
/// </summary>
public sealed class IndexModel(PageEditorQueries queries, PageWorkflow workflow) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "state")]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public IReadOnlyList<PageTreeRow> Rows { get; private set; } = [];

    public bool WaitingOnly => State == "in-review";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await workflow.AllowsAnyAsync(User, ContentOperations.View))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var rows = await queries.TreeAsync(cancellationToken);
        Rows = WaitingOnly ? rows.Where(r => r.LatestState == VersionState.InReview).ToList() : rows;
        return Page();
    }
}
