using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Data;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Editor.Taxonomy;

/// <summary>
/// Rename a term, change its description or move it. The slug never changes here: public
/// addresses and saved searches use it. Saving a changed term makes the store record a
/// rebuild row in the change feed, so every node's search facets show the new label.
/// </summary>
[Authorize(Roles = Roles.Administrator + "," + Roles.DirectoryManager)]
public sealed class TaxonomyEditModel(SignpostDbContext db, IAuditLog audit) : PageModel
{
    [BindProperty]
    public TermInput Input { get; set; } = new();

    public TermFormView Form { get; private set; } = null!;

    public TermRow Term { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } rows)
        {
            return NotFound();
        }

        Input = new TermInput { Name = Term.Name, Description = Term.Description, ParentId = Term.ParentId, Stamp = Term.Stamp };
        Form = new TermFormView(Term.Kind, Input, [], ParentChoices(rows), Term.Slug);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } rows)
        {
            return NotFound();
        }

        var errors = TermRules.Validate(Term.Kind, Input, Term.AsSibling(), rows.Select(r => r.AsSibling()).ToList(), Term.ChildCount > 0);
        if (Input.Stamp != Term.Stamp)
        {
            // Someone saved this term after this form was loaded: show theirs, keep ours in the form, save nothing.
            var parent = rows.FirstOrDefault(r => r.Id == Term.ParentId)?.Name ?? "the top level";
            errors = [new FieldError("name", $"Someone else changed this {TermWords.Noun(Term.Kind)} while you were editing it. It is now called {Term.Name}, under {parent}. Check your changes and save again."), .. errors];
            Input.Stamp = Term.Stamp;
        }

        if (errors.Count > 0)
        {
            Form = new TermFormView(Term.Kind, Input, errors, ParentChoices(rows), Term.Slug);
            return Page();
        }

        var term = await db.TaxonomyTerms.SingleAsync(t => t.Id == id, cancellationToken);
        var changes = new List<string>();
        var name = Input.Name!.Trim();
        var description = Input.Description?.Trim() ?? "";
        if (term.Name != name)
        {
            changes.Add($"renamed \"{term.Name}\" to \"{name}\"");
            term.Name = name;
        }

        if (term.Description != description)
        {
            changes.Add("changed the description");
            term.Description = description;
        }

        if (term.ParentId != Input.ParentId)
        {
            string Place(Guid? parentId) => rows.FirstOrDefault(r => r.Id == parentId) is { } p ? $"under \"{p.Name}\"" : "the top level";
            changes.Add($"moved from {Place(term.ParentId)} to {Place(Input.ParentId)}");
            var newSiblings = rows.Where(r => r.ParentId == Input.ParentId && r.Id != id).Select(r => r.Id).ToList();
            term.ParentId = Input.ParentId;
            term.SortOrder = (await db.TaxonomyTerms.Where(t => newSiblings.Contains(t.Id)).MaxAsync(t => (int?)t.SortOrder, cancellationToken) ?? -1) + 1;
        }

        if (changes.Count == 0)
        {
            TaxonomyMessages.Set(TempData, $"{term.Name} was not changed");
            return Redirect("/editor/taxonomy");
        }

        await db.SaveChangesAsync(cancellationToken);
        var detail = $"{TermWords.Noun(term.Kind)} {term.Slug}: {string.Join("; ", changes)} ({TermWords.Services(Term.ServiceCount)} use it)";
        await audit.RecordAsync(AuditActions.TaxonomyChanged, TermAudit.Target(term), detail, cancellationToken);
        TaxonomyMessages.Set(TempData, $"{term.Name} was saved");
        return Redirect("/editor/taxonomy");
    }

    /// <summary>Loads the term's kind as a tree and sets <see cref="Term"/>; null when there is no such term.</summary>
    private async Task<IReadOnlyList<TermRow>?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var kind = await db.TaxonomyTerms.Where(t => t.Id == id).Select(t => (Core.Content.TaxonomyKind?)t.Kind).SingleOrDefaultAsync(cancellationToken);
        if (kind is null)
        {
            return null;
        }

        var rows = await TaxonomyTree.LoadAsync(db, kind, cancellationToken);
        Term = rows.Single(r => r.Id == id);
        return rows;
    }

    private IReadOnlyList<TermRow> ParentChoices(IReadOnlyList<TermRow> rows) =>
        rows.Where(r => r.ParentId is null && r.Id != Term.Id).ToList();
}
