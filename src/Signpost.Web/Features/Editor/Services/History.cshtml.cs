using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Web.Features.Editor.Permissions;

namespace Signpost.Web.Features.Editor.Services;

public sealed class HistoryModel(ServiceVersionReader versions, EditorPermissions permissions) : PageModel
{
    public Service Service { get; private set; } = null!;
    public IReadOnlyList<ContentVersion> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await versions.LoadServiceAsync(id, tracking: false, cancellationToken) is not { } service)
        {
            return NotFound();
        }

        if (!await permissions.AllowsAsync(User, service, ContentOperations.View))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Service = service;
        Versions = await versions.HistoryAsync(service, cancellationToken);
        return Page();
    }
}
