using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Web.Features.Editor.Workflow;
using Signpost.Web.Features.Participation.Moderation;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Editor.ListingProblems;

/// <summary>One report, and marking it resolved with a note; only for those who may edit the listing.</summary>
public sealed class ListingProblemDetailsModel(ListingProblemQueries queries, SignpostDbContext db, IAuditLog audit, TimeProvider clock) : PageModel
{
    public const int MaxNoteLength = 500;

    public ListingProblemRow Report { get; private set; } = null!;

    [BindProperty(Name = "resolution-note")]
    public string? Note { get; set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) => await ShowAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (!await queries.MayHandleAsync(User, id, cancellationToken))
        {
            return await db.ListingProblemReports.AnyAsync(r => r.Id == id, cancellationToken) ? StatusCode(StatusCodes.Status403Forbidden) : NotFound();
        }

        Note = Note?.Trim();
        if (string.IsNullOrEmpty(Note))
        {
            ModelState.AddModelError("resolution-note", "Enter what you did about it");
        }
        else if (Note.Length > MaxNoteLength)
        {
            ModelState.AddModelError("resolution-note", $"The note must be {MaxNoteLength} characters or fewer");
        }

        var report = await db.ListingProblemReports.SingleAsync(r => r.Id == id, cancellationToken);
        if (report.ResolvedAt is not null)
        {
            ModelState.AddModelError("resolution-note", "This report is already resolved");
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, cancellationToken);
        }

        report.ResolvedAt = clock.GetUtcNow().UtcDateTime;
        report.ResolvedById = EditorUser.Id(User);
        report.ResolutionNote = Note;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(FeedbackAuditActions.ListingProblemResolved, $"listing-problem:{id}", Note, cancellationToken);
        return Redirect($"/editor/listing-problems/{id}?done=resolved");
    }

    private async Task<IActionResult> ShowAsync(long id, CancellationToken cancellationToken)
    {
        if (await queries.FindAsync(id, cancellationToken) is not { } report)
        {
            return NotFound();
        }

        if (!await queries.MayHandleAsync(User, id, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Report = report;
        return Page();
    }
}
