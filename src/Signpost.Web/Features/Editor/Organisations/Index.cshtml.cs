using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Editorial;
using Signpost.Data;
using Signpost.Web.Features.Editor.Services;
using Signpost.Web.Features.Editor.Workflow;

namespace Signpost.Web.Features.Editor.Organisations;

/// <summary>
/// Organisations: every one for managers, only their own for an editor. With <c>?state=in-review</c>,
/// those waiting for a reviewer (the approval queue's section for organisations).
/// </summary>
public sealed class IndexModel(SignpostDbContext db, ServiceEditorQueries scopes, VersionHistory history, OrganisationWorkflow workflow) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "state")]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public IReadOnlyList<OrganisationListRow> Rows { get; private set; } = [];
    public bool MayCreate { get; private set; }
    public bool WaitingOnly => State == "in-review";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await scopes.ScopeAsync(User, cancellationToken);
        if (scope.SeesNothing)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var organisations = db.Organisations.AsNoTracking().Where(o => scope.SeesEverything || o.Id == scope.OrganisationId);
        if (!string.IsNullOrWhiteSpace(Text))
        {
            var text = Text.Trim().ToLower();
            organisations = organisations.Where(o => o.Name.ToLower().Contains(text));
        }

        var rows = await organisations.OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, o.IsTrusted, o.Status, Services = o.Services.Count })
            .ToListAsync(cancellationToken);
        var latest = (await history.LatestVersions(ContentKind.Organisation).Select(v => new { v.ContentId, v.State, v.Number }).ToListAsync(cancellationToken))
            .ToDictionary(v => v.ContentId);
        Rows = rows
            .Select(o => new OrganisationListRow(o.Id, o.Name, o.IsTrusted, o.Services, o.Status, latest.GetValueOrDefault(o.Id)?.State, latest.GetValueOrDefault(o.Id)?.Number))
            .Where(r => !WaitingOnly || r.LatestState == VersionState.InReview)
            .ToList();
        MayCreate = await workflow.MayCreateAsync(User);
        return Page();
    }
}
