using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Data;

namespace Signpost.Web.Features.Editor.Synonyms;

[Authorize(Roles = Roles.Administrator + "," + Roles.DirectoryManager)]
public sealed class SynonymsIndexModel(SignpostDbContext db) : PageModel
{
    public IReadOnlyList<(Guid Id, IReadOnlyList<string> Terms)> Groups { get; private set; } = [];

    /// <summary>Terms listed in more than one group: search keeps only the first group it loads for them.</summary>
    public IReadOnlySet<string> SharedTerms { get; private set; } = new HashSet<string>();

    public string? Changed { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Changed = SynonymMessages.Take(TempData);
        var groups = await db.SynonymGroups.AsNoTracking().ToListAsync(cancellationToken);
        Groups = groups
            .Select(g => (g.Id, (IReadOnlyList<string>)g.Terms))
            .OrderBy(g => SynonymWords.Title(g.Item2), StringComparer.OrdinalIgnoreCase)
            .ToList();
        SharedTerms = Groups
            .SelectMany(g => g.Terms.Select(SynonymRules.Normalise).Distinct())
            .GroupBy(t => t)
            .Where(t => t.Count() > 1)
            .Select(t => t.Key)
            .ToHashSet();
    }
}
