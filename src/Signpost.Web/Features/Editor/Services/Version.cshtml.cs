using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Diff;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Web.Features.Editor.Permissions;

namespace Signpost.Web.Features.Editor.Services;

/// <summary>One version: what changed from the one before, and a way back to it.</summary>
public sealed class VersionModel(ServiceVersionReader versions, ServiceWorkflow workflow, EditorPermissions permissions) : PageModel
{
    public Service Service { get; private set; } = null!;
    public ContentVersion Version { get; private set; } = null!;
    public IReadOnlyList<FieldChange> Changes { get; private set; } = [];
    public bool CanRollback { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int number, CancellationToken cancellationToken)
    {
        if (await versions.LoadServiceAsync(id, tracking: false, cancellationToken) is not { } service)
        {
            return NotFound();
        }

        if (!await permissions.AllowsAsync(User, service, ContentOperations.View))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (await versions.FindAsync(service, number, cancellationToken) is not { } version)
        {
            return NotFound();
        }

        Service = service;
        Version = version;
        var previous = number > 1 ? await versions.FindAsync(service, number - 1, cancellationToken) : null;
        Changes = SnapshotDiff.Compare(previous is null ? null : ServiceSnapshot.FromJson(previous.Snapshot), ServiceSnapshot.FromJson(version.Snapshot), await versions.NamesAsync(cancellationToken));
        CanRollback = await permissions.AllowsAsync(User, service, ContentOperations.Rollback);
        return Page();
    }

    public async Task<IActionResult> OnPostRollbackAsync(Guid id, int number, CancellationToken cancellationToken)
    {
        var result = await workflow.RollbackAsync(User, id, number, cancellationToken);
        return this.Refusal(result)
            ?? (result.Succeeded ? Redirect($"/editor/services/{id}/edit?done=saved") : Redirect($"/editor/services/{id}/history"));
    }
}
