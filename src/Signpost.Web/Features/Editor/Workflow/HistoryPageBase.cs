using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Web.Features.Editor.Permissions;

namespace Signpost.Web.Features.Editor.Workflow;

/// <summary>Every saved version of one page, organisation or venue, newest first.</summary>
public abstract class HistoryPageBase<TItem, TSnapshot>(ContentWorkflow<TItem, TSnapshot> workflow) : PageModel
    where TItem : class
    where TSnapshot : class, ISnapshot<TSnapshot>
{
    public TItem Item { get; private set; } = null!;
    public string ItemName { get; private set; } = "";
    public IReadOnlyList<ContentVersion> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await workflow.LoadAsync(id, tracking: false, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        if (!await workflow.AllowsAsync(User, item, ContentOperations.View, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Item = item;
        ItemName = workflow.SnapshotOf(item).Title;
        Versions = await workflow.HistoryAsync(item, cancellationToken);
        return Page();
    }
}
