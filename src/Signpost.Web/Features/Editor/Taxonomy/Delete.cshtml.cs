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
/// Deletes a term nobody uses. A term in use, or with terms under it, is refused rather than
/// unlinked: silently dropping a listing from a topic is worse than asking for the moves first.
/// </summary>
[Authorize(Roles = Roles.Administrator + "," + Roles.DirectoryManager)]
public sealed class TaxonomyDeleteModel(SignpostDbContext db, IAuditLog audit) : PageModel
{
    public TermRow Term { get; private set; } = null!;

    /// <summary>Why the term cannot be deleted, or null when it can.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Refusal is not null)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        // Checked again inside the delete, so a service linked since the page loaded still blocks it.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var term = await db.TaxonomyTerms.SingleAsync(t => t.Id == id, cancellationToken);
        if (await db.TaxonomyTerms.AnyAsync(t => t.Id == id && (t.Services.Any() || t.Children.Any()), cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            await LoadAsync(id, cancellationToken);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        db.TaxonomyTerms.Remove(term);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.TaxonomyChanged, TermAudit.Target(term), $"Deleted {TermWords.Noun(term.Kind)} \"{term.Name}\"", cancellationToken);
        TaxonomyMessages.Set(TempData, $"{term.Name} was deleted");
        return Redirect("/editor/taxonomy");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var kind = await db.TaxonomyTerms.Where(t => t.Id == id).Select(t => (Core.Content.TaxonomyKind?)t.Kind).SingleOrDefaultAsync(cancellationToken);
        if (kind is null)
        {
            return false;
        }

        Term = (await TaxonomyTree.LoadAsync(db, kind, cancellationToken)).Single(r => r.Id == id);
        Refusal = RefusalFor(Term);
        return true;
    }

    public static string? RefusalFor(TermRow term)
    {
        var noun = TermWords.Noun(term.Kind);
        if (term.ServiceCount > 0)
        {
            var them = term.ServiceCount == 1 ? "that service" : "those services";
            return $"You cannot delete {term.Name} because {TermWords.Services(term.ServiceCount)} {(term.ServiceCount == 1 ? "uses" : "use")} it. "
                + $"Move {them} to another {noun} first, or rename this {noun} instead.";
        }

        if (term.ChildCount > 0)
        {
            return $"You cannot delete {term.Name} because it has {term.ChildCount} {(term.ChildCount == 1 ? noun : TermWords.Plural(term.Kind).ToLowerInvariant())} under it. Move or delete {(term.ChildCount == 1 ? "that one" : "those")} first.";
        }

        return null;
    }
}
