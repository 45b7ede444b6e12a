using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Data;
using Signpost.Web.Features.Editor.Permissions;
using Signpost.Web.Features.Pages;
using Page = Signpost.Core.Content.Page;

namespace Signpost.Web.Features.Editor.Pages;

/// <summary>A version rendered with the public page's own markup: the snapshot becomes an unsaved page, never attached to the store.</summary>
public sealed class PreviewModel(SignpostDbContext db, PageWorkflow workflow) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "version")]
    public int? VersionNumber { get; set; }

    public ContentVersion Version { get; private set; } = null!;
    public PageContentView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await workflow.LoadAsync(id, tracking: false, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        if (!await workflow.AllowsAsync(User, page, ContentOperations.View, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var version = VersionNumber is { } number ? await workflow.FindAsync(page, number, cancellationToken) : await workflow.LatestAsync(page, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        Version = version;
        var draft = new Page { Id = id, Path = "", Title = "", Status = ContentStatus.Published };
        PageSnapshot.FromJson(version.Snapshot).ApplyTo(draft);
        View = await PageContentView.ForAsync(db, draft, cancellationToken);
        return Page();
    }
}
