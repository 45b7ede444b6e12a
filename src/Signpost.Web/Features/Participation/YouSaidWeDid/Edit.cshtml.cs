using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Data;

namespace Signpost.Web.Features.Participation.YouSaidWeDid;

public sealed class YouSaidWeDidEditModel(SignpostDbContext db, YouSaidWeDidChanges changes) : PageModel
{
    [BindProperty]
    public YouSaidWeDidInput Input { get; set; } = new();

    public YouSaidWeDidOptions Options { get; private set; } = null!;

    public bool Published { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await changes.FindAsync(id, cancellationToken) is not { } answer)
        {
            return NotFound();
        }

        Options = await YouSaidWeDidOptions.LoadAsync(db, cancellationToken);
        Input = new YouSaidWeDidInput { YouSaid = answer.YouSaid, WeDid = answer.WeDid, ServiceId = answer.ServiceId, ThemeSlug = answer.ThemeSlug };
        Published = answer.Published;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await changes.FindAsync(id, cancellationToken) is not { } answer)
        {
            return NotFound();
        }

        Options = await YouSaidWeDidOptions.CheckAsync(db, Input, ModelState, cancellationToken);
        Published = answer.Published;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await changes.UpdateAsync(id, Input, cancellationToken);
        return Redirect("/editor/participation/you-said-we-did?done=saved");
    }
}
