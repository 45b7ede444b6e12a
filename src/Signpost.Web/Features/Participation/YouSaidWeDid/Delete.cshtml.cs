using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Signpost.Web.Features.Participation.YouSaidWeDid;

public sealed class YouSaidWeDidDeleteModel(YouSaidWeDidChanges changes) : PageModel
{
    public string YouSaid { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await changes.FindAsync(id, cancellationToken) is not { } answer)
        {
            return NotFound();
        }

        YouSaid = answer.YouSaid;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) =>
        await changes.DeleteAsync(id, cancellationToken) ? Redirect("/editor/participation/you-said-we-did?done=deleted") : NotFound();
}
