using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.Content;
using Signpost.Data;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Editor.Taxonomy;

/// <summary>
/// Maps one imported term to one of our terms, or removes its mapping. Unmapping only stops later
/// imports adding our term: services already given it keep it, because by then it is an ordinary
/// term on their listings that editors may have relied on; an editor removes it from a service by hand.
/// </summary>
[Authorize(Roles = Roles.Administrator + "," + Roles.DirectoryManager)]
public sealed class MapImportedTermModel(SignpostDbContext db, ImportedTermMapper mapper, IAuditLog audit) : PageModel
{
    public const string TermField = "term";

    /// <summary>Our term chosen; a value that is not an id binds as null and is refused like no choice.</summary>
    [BindProperty(Name = TermField)]
    public Guid? TermId { get; set; }

    public ImportedTermRow Term { get; private set; } = null!;

    /// <summary>Our terms, in tree order, kind by kind.</summary>
    public IReadOnlyList<TermRow> Choices { get; private set; } = [];

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        TermId = Term.MappedToId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var target = TermId is { } chosen ? await db.TaxonomyTerms.AsNoTracking().SingleOrDefaultAsync(t => t.Id == chosen, cancellationToken) : null;
        if (TermMappingRules.Refusal(target) is { } refusal)
        {
            Errors = [new FieldError(TermField, refusal)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var imported = await db.TaxonomyTerms.AsNoTracking().SingleAsync(t => t.Id == id, cancellationToken);
        if (await mapper.MapAsync(User, imported, target!, cancellationToken) is not { } result)
        {
            Errors = [new FieldError(TermField, "Someone changed one of these services at the same moment, so nothing was changed. Try again.")];
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        var noun = TermWords.Noun(target!.Kind);
        var detail = $"Mapped imported term \"{imported.Name}\" ({Term.Source ?? ImportedTermFilter.UnknownFeed}) to {noun} \"{target.Name}\": "
            + $"{result.Published} published and {result.Drafts} draft {(result.Services == 1 ? "service" : "services")} given it";
        await audit.RecordAsync(AuditActions.TaxonomyChanged, TermAudit.Target(imported), detail, cancellationToken);
        TaxonomyMessages.Set(TempData, $"{imported.Name} is mapped to the {noun} {target.Name}. {TermWords.Services(result.Services)} {(result.Services == 1 ? "was" : "were")} given it.");
        return Redirect("/editor/taxonomy/imported");
    }

    public async Task<IActionResult> OnPostUnmapAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Term.MappedToName is not { } was)
        {
            Errors = [new FieldError(TermField, $"{Term.Name} is not mapped, so there is nothing to remove")];
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        if (await mapper.UnmapAsync(id, cancellationToken))
        {
            await audit.RecordAsync(AuditActions.TaxonomyChanged, $"term:{TermWords.Slug(TaxonomyKind.Imported)}:{Term.Slug}",
                $"Removed the mapping of imported term \"{Term.Name}\" to {TermWords.Noun(Term.MappedToKind!.Value)} \"{was}\"; services keep the term", cancellationToken);
        }

        TaxonomyMessages.Set(TempData, $"{Term.Name} is no longer mapped. Services already given {was} keep it.");
        return Redirect("/editor/taxonomy/imported");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if ((await ImportedTermQueries.LoadAsync(db, id, cancellationToken)).SingleOrDefault() is not { } term)
        {
            return false;
        }

        Term = term;
        Choices = (await TaxonomyTree.LoadAsync(db, null, cancellationToken)).Where(r => r.Kind != TaxonomyKind.Imported).ToList();
        return true;
    }
}
