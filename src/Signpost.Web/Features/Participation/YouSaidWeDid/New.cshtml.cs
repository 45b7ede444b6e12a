using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Data;

namespace Signpost.Web.Features.Participation.YouSaidWeDid;

public sealed class YouSaidWeDidNewModel(SignpostDbContext db, YouSaidWeDidChanges changes) : PageModel
{
    [BindProperty]
    public YouSaidWeDidInput Input { get; set; } = new();

    /// <summary>Starting from a service's feedback: the officer's link can name the service.</summary>
    [BindProperty(SupportsGet = true, Name = "service")]
    public Guid? ServiceId { get; set; }

    public YouSaidWeDidOptions Options { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Options = await YouSaidWeDidOptions.LoadAsync(db, cancellationToken);
        Input.ServiceId = Options.Services.Any(s => s.Id == ServiceId) ? ServiceId : null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Options = await YouSaidWeDidOptions.CheckAsync(db, Input, ModelState, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await changes.CreateAsync(User, Input, cancellationToken);
        return Redirect("/editor/participation/you-said-we-did?done=created");
    }
}
