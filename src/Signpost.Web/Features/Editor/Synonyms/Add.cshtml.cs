using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.Content;
using Signpost.Core.Rules;
using Signpost.Data;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Editor.Synonyms;

/// <summary>Adds a group; saving it makes the store record a synonyms row in the change feed, which every node's search follows.</summary>
[Authorize(Roles = Roles.Administrator + "," + Roles.DirectoryManager)]
public sealed class SynonymsAddModel(SignpostDbContext db, IAuditLog audit) : PageModel
{
    [BindProperty]
    public SynonymInput Input { get; set; } = new();

    public SynonymFormView Form { get; private set; } = SynonymFormView.Blank(new());

    public void OnGet() => Form = SynonymFormView.Blank(Input);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (terms, form) = await SynonymGroupForm.CheckAsync(db, Input, null, cancellationToken);
        if (terms is null)
        {
            Form = form;
            return Page();
        }

        // The id the seed importer would give this group, so a later `seed` listing it updates it; unless an edited group holds that id already.
        var id = DeterministicId.For("synonyms", terms[0]);
        if (await db.SynonymGroups.AnyAsync(g => g.Id == id, cancellationToken))
        {
            id = Guid.NewGuid();
        }

        db.SynonymGroups.Add(new SynonymGroup { Id = id, Terms = terms.ToList() });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.SynonymsChanged, $"synonyms:{SynonymWords.Title(terms)}", $"Added a group: {SynonymWords.Quoted(terms)}", cancellationToken);
        SynonymMessages.Set(TempData, $"The group \"{SynonymWords.Title(terms)}\" was added");
        return Redirect("/editor/synonyms");
    }
}
