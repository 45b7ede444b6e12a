using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Web.Features.Editor.Permissions;
using Signpost.Web.Features.Editor.Workflow;

namespace Signpost.Web.Features.Editor.Preview;

/// <summary>
/// A version of a page, organisation or venue rendered with the public site's own markup. Whoever
/// may see the item's editor pages may preview it; the snapshot only ever becomes unsaved objects,
/// never attached to the store.
/// </summary>
public abstract class PreviewPageBase<TItem, TSnapshot>(ContentWorkflow<TItem, TSnapshot> workflow) : PageModel
    where TItem : class
    where TSnapshot : class, ISnapshot<TSnapshot>
{
    /// <summary>Which version to show; the latest when not given.</summary>
    [BindProperty(SupportsGet = true, Name = "version")]
    public int? VersionNumber { get; set; }

    public Guid Id { get; private set; }
    public ContentVersion Version { get; private set; } = null!;

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

        var version = VersionNumber is { } number ? await workflow.FindAsync(item, number, cancellationToken) : await workflow.LatestAsync(item, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        Id = id;
        Version = version;
        await ShowAsync(item, TSnapshot.FromJson(version.Snapshot), cancellationToken);
        return Page();
    }

    /// <summary>Turns the version's snapshot into what the page renders.</summary>
    protected abstract Task ShowAsync(TItem item, TSnapshot snapshot, CancellationToken cancellationToken);
}
