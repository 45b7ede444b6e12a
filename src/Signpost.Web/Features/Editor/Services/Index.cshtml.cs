using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Data;
using Signpost.Web.Features.Editor.Bulk;
using Signpost.Web.Features.Editor.Permissions;

namespace Signpost.Web.Features.Editor.Services;

public sealed class IndexModel(ServiceEditorQueries queries, SignpostDbContext db, EditorPermissions permissions, ReviewMarker marker) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "state")]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "organisation")]
    public Guid? OrganisationId { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public EditorScope Scope { get; private set; } = null!;
    public IReadOnlyList<ServiceListRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    /// <summary>Rows that get a "mark reviewed" checkbox: only when the list is one organisation's, and only those the person may edit.</summary>
    public HashSet<Guid> Markable { get; } = [];

    public IReadOnlyList<string> Marked { get; private set; } = [];
    public IReadOnlyList<string> Refused { get; private set; } = [];

    /// <summary>The organisation the list shows, when it shows just one: an editor's own, or a manager's filter.</summary>
    public Guid? SingleOrganisation => Scope.SeesEverything ? OrganisationId : Scope.OrganisationId;

    public int PageCount => Math.Max(1, (Total + ServiceEditorQueries.PageSize - 1) / ServiceEditorQueries.PageSize);

    public static IReadOnlyList<(string Value, string Label)> States { get; } =
    [
        ("", "Any"), ("draft", "Draft or sent back"), ("in-review", "Waiting for review"), ("published", "Published"), ("withdrawn", "Withdrawn"), ("unpublished", "Never published"),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Scope = await queries.ScopeAsync(User, cancellationToken);
        if (Scope.SeesNothing)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Bulk "mark reviewed". Each selected service is checked on its own; those the person may not edit are named and left alone.</summary>
    public async Task<IActionResult> OnPostMarkReviewedAsync(List<Guid>? ids, CancellationToken cancellationToken)
    {
        Scope = await queries.ScopeAsync(User, cancellationToken);
        if (Scope.SeesNothing)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (ids is not { Count: > 0 })
        {
            ModelState.AddModelError("mark-reviewed", "Select the services you have checked");
        }
        else
        {
            (Marked, Refused) = await marker.MarkAsync(User, ids.Distinct().Take(1000).ToList(), cancellationToken);
            foreach (var name in Refused)
            {
                ModelState.AddModelError("", $"{name} was not marked as reviewed: you may not edit it");
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (Scope.SeesEverything)
        {
            Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken);
        }

        (Rows, Total) = await queries.ListAsync(Scope, Text, State, Scope.SeesEverything ? OrganisationId : null, PageNumber, cancellationToken);
        if (SingleOrganisation is { } organisation)
        {
            var ids = Rows.Select(r => r.Id).ToList();
            foreach (var service in await db.Services.AsNoTracking().Include(s => s.Organisation).Where(s => ids.Contains(s.Id) && s.OrganisationId == organisation).ToListAsync(cancellationToken))
            {
                if (await permissions.AllowsAsync(User, service, ContentOperations.Edit))
                {
                    Markable.Add(service.Id);
                }
            }
        }
    }

    public string MarkReviewedAction =>
        $"/editor/services?handler=MarkReviewed&q={Uri.EscapeDataString(Text ?? "")}&state={State}&organisation={OrganisationId}&page={PageNumber}";

    public string PageLink(int page) =>
        $"/editor/services?q={Uri.EscapeDataString(Text ?? "")}&state={State}&organisation={OrganisationId}&page={page}";
}
