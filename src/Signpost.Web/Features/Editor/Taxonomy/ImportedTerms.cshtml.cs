using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Accounts;
using Signpost.Data;

namespace Signpost.Web.Features.Editor.Taxonomy;

/// <summary>
/// The imported terms a directory manager works through: grouped by the feed and feed taxonomy they came
/// from, with how many services carry each and what it is mapped to. Filtering is a GET form.
/// </summary>
[Authorize(Roles = Roles.Administrator + "," + Roles.DirectoryManager)]
public sealed class ImportedTermsModel(SignpostDbContext db) : PageModel
{
    public ImportedTermFilter Filter { get; private set; } = ImportedTermFilter.Parse(null, null, null);

    public IReadOnlyList<(string Feed, string? Taxonomy, IReadOnlyList<ImportedTermRow> Rows)> Groups { get; private set; } = [];

    /// <summary>Every feed that brought in an imported term, for the feed filter.</summary>
    public IReadOnlyList<string> Feeds { get; private set; } = [];

    public int Total { get; private set; }

    public int MappedCount { get; private set; }

    public string? Changed { get; private set; }

    public async Task OnGetAsync(string? feed, string? show, string? sort, CancellationToken cancellationToken)
    {
        Changed = TaxonomyMessages.Take(TempData);
        Filter = ImportedTermFilter.Parse(feed, show, sort);
        var rows = await ImportedTermQueries.LoadAsync(db, null, cancellationToken);
        Total = rows.Count;
        MappedCount = rows.Count(r => r.IsMapped);
        Feeds = rows.Select(r => r.Source ?? ImportedTermFilter.UnknownFeed).Distinct().Order(StringComparer.OrdinalIgnoreCase).ToList();
        Groups = Filter.Apply(rows);
    }
}
