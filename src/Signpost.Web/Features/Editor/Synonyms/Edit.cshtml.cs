using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.Content;
using Signpost.Data;
using Signpost.Web.Features.Editor.Taxonomy;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Editor.Synonyms;

[Authorize(Roles = Roles.Administrator + "," + Roles.DirectoryManager)]
public sealed class SynonymsEditModel(SignpostDbContext db, IAuditLog audit) : PageModel
{
    [BindProperty]
    public SynonymInput Input { get; set; } = new();

    public SynonymFormView Form { get; private set; } = SynonymFormView.Blank(new());

    public string Title { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.SynonymGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, cancellationToken) is not { } group)
        {
            return NotFound();
        }

        Title = SynonymWords.Title(group.Terms);
        Input.Terms = string.Join('\n', group.Terms);
        Input.Stamp = StampOf(group);
        Form = SynonymFormView.Blank(Input);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.SynonymGroups.SingleOrDefaultAsync(g => g.Id == id, cancellationToken) is not { } group)
        {
            return NotFound();
        }

        Title = SynonymWords.Title(group.Terms);
        if (Input.Stamp != StampOf(group))
        {
            // Someone saved this group after this form was loaded: keep the typed terms, show what it holds now.
            Input.Stamp = StampOf(group);
            Form = new SynonymFormView(Input, [$"Someone else changed this group while you were editing it. It now holds: {string.Join(", ", group.Terms)}. Check your terms and save again."], []);
            return Page();
        }

        var (terms, form) = await SynonymGroupForm.CheckAsync(db, Input, id, cancellationToken);
        if (terms is null)
        {
            Form = form;
            return Page();
        }

        var added = terms.Except(group.Terms).ToList();
        var removed = group.Terms.Except(terms).ToList();
        if (added.Count == 0 && removed.Count == 0 && terms.SequenceEqual(group.Terms))
        {
            SynonymMessages.Set(TempData, $"The group \"{Title}\" was not changed");
            return Redirect("/editor/synonyms");
        }

        // A new list, not an edit in place, so the change tracker sees the primitive collection change.
        group.Terms = terms.ToList();
        await db.SaveChangesAsync(cancellationToken);
        var detail = $"Changed the group \"{Title}\": " + string.Join("; ", new[]
        {
            added.Count > 0 ? $"added {SynonymWords.Quoted(added)}" : null,
            removed.Count > 0 ? $"removed {SynonymWords.Quoted(removed)}" : null,
            added.Count == 0 && removed.Count == 0 ? "reordered" : null,
        }.OfType<string>());
        await audit.RecordAsync(AuditActions.SynonymsChanged, $"synonyms:{Title}", detail, cancellationToken);
        SynonymMessages.Set(TempData, $"The group \"{SynonymWords.Title(terms)}\" was saved");
        return Redirect("/editor/synonyms");
    }

    private static string StampOf(SynonymGroup group) => EditStamp.For(string.Join('\n', group.Terms));
}
