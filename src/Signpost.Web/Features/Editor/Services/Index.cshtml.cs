using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Data;

namespace Signpost.Web.Features.Editor.Services;

public sealed class IndexModel(ServiceEditorQueries queries, SignpostDbContext db) : PageModel
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

        if (Scope.SeesEverything)
        {
            Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken);
        }

        (Rows, Total) = await queries.ListAsync(Scope, Text, State, Scope.SeesEverything ? OrganisationId : null, PageNumber, cancellationToken);
        return Page();
    }

    public string PageLink(int page) =>
        $"/editor/services?q={Uri.EscapeDataString(Text ?? "")}&state={State}&organisation={OrganisationId}&page={page}";
}
