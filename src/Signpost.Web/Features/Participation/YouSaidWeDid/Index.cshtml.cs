using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Signpost.Web.Features.Participation.YouSaidWeDid;

/// <summary>The officers' list of "you said, we did" answers, with publish and unpublish.</summary>
public sealed class YouSaidWeDidIndexModel(YouSaidWeDidChanges changes) : PageModel
{
    public IReadOnlyList<YouSaidWeDidRow> Rows { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public string? DoneMessage => Done switch
    {
        "created" => "Saved. It is not public until you publish it.",
        "saved" => "Changes saved",
        "published" => "Published: it is now on the public \"You said, we did\" page",
        "unpublished" => "Unpublished: it is no longer public",
        "deleted" => "Deleted",
        _ => null,
    };

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await changes.ListAsync(cancellationToken);

    public Task<IActionResult> OnPostPublishAsync([FromForm] Guid id, CancellationToken cancellationToken) => SetAsync(id, true, cancellationToken);

    public Task<IActionResult> OnPostUnpublishAsync([FromForm] Guid id, CancellationToken cancellationToken) => SetAsync(id, false, cancellationToken);

    private async Task<IActionResult> SetAsync(Guid id, bool publish, CancellationToken cancellationToken) =>
        await changes.PublishAsync(id, publish, cancellationToken)
            ? Redirect("/editor/participation/you-said-we-did?done=" + (publish ? "published" : "unpublished"))
            : NotFound();
}
