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

namespace Signpost.Web.Features.Editor.Taxonomy;

[Authorize(Roles = Roles.Administrator + "," + Roles.DirectoryManager)]
public sealed class TaxonomyAddModel(SignpostDbContext db, IAuditLog audit) : PageModel
{
    [BindProperty]
    public TermInput Input { get; set; } = new();

    public TermFormView Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string kind, CancellationToken cancellationToken)
    {
        if (TermWords.Parse(kind) is not { } parsed)
        {
            return NotFound();
        }

        if (Request.Query.TryGetValue("parent", out var parent) && Guid.TryParse(parent, out var parentId))
        {
            Input.ParentId = parentId;
        }

        Form = await FormAsync(parsed, [], cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string kind, CancellationToken cancellationToken)
    {
        if (TermWords.Parse(kind) is not { } parsed)
        {
            return NotFound();
        }

        var rows = await TaxonomyTree.LoadAsync(db, parsed, cancellationToken);
        var errors = TermRules.Validate(parsed, Input, null, rows.Select(r => r.AsSibling()).ToList(), hasChildren: false);
        if (errors.Count > 0)
        {
            Form = new TermFormView(parsed, Input, errors, ParentChoices(rows), null);
            return Page();
        }

        var slug = TermRules.SlugFor(Input);
        var siblings = rows.Where(r => r.ParentId == Input.ParentId).Select(r => r.Id).ToList();
        var lastOrder = await db.TaxonomyTerms.Where(t => siblings.Contains(t.Id)).MaxAsync(t => (int?)t.SortOrder, cancellationToken) ?? -1;
        var term = new TaxonomyTerm
        {
            // The id the seed importer would give this slug, so a later `seed` with the same term updates it rather than clashing.
            Id = DeterministicId.For($"term:{parsed}", slug),
            Kind = parsed,
            Slug = slug,
            Name = Input.Name!.Trim(),
            Description = Input.Description?.Trim() ?? "",
            ParentId = Input.ParentId,
            SortOrder = lastOrder + 1,
        };
        db.TaxonomyTerms.Add(term);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone else may have added the same slug between our check and our save.
            db.ChangeTracker.Clear();
            if (!await db.TaxonomyTerms.AnyAsync(t => t.Kind == parsed && t.Slug == slug, cancellationToken))
            {
                throw;
            }

            Form = new TermFormView(parsed, Input, [new FieldError("slug", $"There is already a {TermWords.Noun(parsed)} with the slug {slug}")], ParentChoices(rows), null);
            return Page();
        }

        var parentName = rows.FirstOrDefault(r => r.Id == term.ParentId)?.Name;
        await audit.RecordAsync(
            AuditActions.TaxonomyChanged, TermAudit.Target(term), $"Added {TermWords.Noun(parsed)} \"{term.Name}\"{(parentName is null ? "" : $" under \"{parentName}\"")}", cancellationToken);
        TaxonomyMessages.Set(TempData, $"{term.Name} was added");
        return Redirect("/editor/taxonomy");
    }

    private async Task<TermFormView> FormAsync(TaxonomyKind kind, IReadOnlyList<FieldError> errors, CancellationToken cancellationToken) =>
        new(kind, Input, errors, ParentChoices(await TaxonomyTree.LoadAsync(db, kind, cancellationToken)), null);

    private static IReadOnlyList<TermRow> ParentChoices(IReadOnlyList<TermRow> rows) => rows.Where(r => r.ParentId is null).ToList();
}
