using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Accounts;
using Signpost.Core.Content;
using Signpost.Data;

namespace Signpost.Web.Features.Editor.Taxonomy;

[Authorize(Roles = Roles.Administrator + "," + Roles.DirectoryManager)]
public sealed class TaxonomyIndexModel(SignpostDbContext db) : PageModel
{
    public IReadOnlyList<(TaxonomyKind Kind, IReadOnlyList<TermRow> Rows)> Sections { get; private set; } = [];

    public string? Changed { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Changed = TaxonomyMessages.Take(TempData);
        var rows = await TaxonomyTree.LoadAsync(db, null, cancellationToken);
        Sections = Enum.GetValues<TaxonomyKind>()
            .Select(kind => (kind, (IReadOnlyList<TermRow>)rows.Where(r => r.Kind == kind).ToList()))
            .Where(section => section.kind != TaxonomyKind.Imported || section.Item2.Count > 0)
            .ToList();
    }
}
