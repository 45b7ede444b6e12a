using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Data;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Editor.Synonyms;

[Authorize(Roles = Roles.Administrator + "," + Roles.DirectoryManager)]
public sealed class SynonymsDeleteModel(SignpostDbContext db, IAuditLog audit) : PageModel
{
    public IReadOnlyList<string> Terms { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.SynonymGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, cancellationToken) is not { } group)
        {
            return NotFound();
        }

        Terms = group.Terms;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.SynonymGroups.SingleOrDefaultAsync(g => g.Id == id, cancellationToken) is not { } group)
        {
            return NotFound();
        }

        db.SynonymGroups.Remove(group);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.SynonymsChanged, $"synonyms:{SynonymWords.Title(group.Terms)}", $"Deleted the group: {SynonymWords.Quoted(group.Terms)}", cancellationToken);
        SynonymMessages.Set(TempData, $"The group \"{SynonymWords.Title(group.Terms)}\" was deleted");
        return Redirect("/editor/synonyms");
    }
}
