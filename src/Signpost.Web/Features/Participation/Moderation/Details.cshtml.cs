using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Signpost.Web.Features.Participation.Moderation;

/// <summary>One response with everything an officer needs, and the moderation actions (each a POST with antiforgery).</summary>
public sealed class FeedbackDetailsModel(FeedbackDetailsReader reader, FeedbackModeration moderation, EscalationMail escalationMail, IAuthorizationService authorization) : PageModel
{
    public FeedbackDetails Details { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    /// <summary>The officer's edit, shown again when it is refused.</summary>
    public string? RedactedText { get; private set; }

    public string? EscalateNote { get; private set; }

    public string? DoneMessage => Done switch
    {
        "approved" => "Feedback approved",
        "rejected" => "Feedback rejected",
        "escalated" => "Feedback escalated",
        "redacted" => "Words redacted",
        "themes" => "Themes saved",
        "safeguarding" => "Safeguarding review recorded",
        "replied" => "Reply recorded",
        _ => null,
    };

    public Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostApproveAsync(long id, [FromForm(Name = "approve-quote")] bool approveQuote, CancellationToken cancellationToken) =>
        await AfterAsync(id, "approved", await moderation.ApproveAsync(User, id, approveQuote, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostRejectAsync(long id, CancellationToken cancellationToken) =>
        await AfterAsync(id, "rejected", await moderation.RejectAsync(User, id, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostEscalateAsync(long id, [FromForm(Name = "escalate-note")] string? note, CancellationToken cancellationToken)
    {
        EscalateNote = note;
        var outcome = await moderation.EscalateAsync(User, id, note, cancellationToken);
        if (outcome.Result == ModerationResult.Done)
        {
            await escalationMail.SendAsync(id, note!.Trim(), cancellationToken);
        }

        return await AfterAsync(id, "escalated", outcome, cancellationToken);
    }

    public async Task<IActionResult> OnPostRedactAsync(long id, [FromForm(Name = "redacted-text")] string? text, CancellationToken cancellationToken)
    {
        RedactedText = text;
        return await AfterAsync(id, "redacted", await moderation.RedactAsync(User, id, text, cancellationToken), cancellationToken);
    }

    public async Task<IActionResult> OnPostThemesAsync(long id, [FromForm(Name = "themes")] List<string>? themes, CancellationToken cancellationToken) =>
        await AfterAsync(id, "themes", await moderation.SetThemesAsync(User, id, themes ?? [], cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostSafeguardingAsync(long id, CancellationToken cancellationToken) =>
        await AfterAsync(id, "safeguarding", await moderation.MarkSafeguardingReviewedAsync(User, id, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostRepliedAsync(long id, CancellationToken cancellationToken) =>
        await AfterAsync(id, "replied", await moderation.MarkRepliedAsync(User, id, cancellationToken), cancellationToken);

    private async Task<IActionResult> AfterAsync(long id, string done, ModerationOutcome outcome, CancellationToken cancellationToken)
    {
        switch (outcome.Result)
        {
            case ModerationResult.Done:
                return Redirect($"/editor/participation/feedback/{id}?done={done}");
            case ModerationResult.NotFound:
                return NotFound();
            case ModerationResult.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            default:
                ModelState.AddModelError(outcome.Field!, outcome.Error!);
                Done = null;
                return await ShowAsync(id, cancellationToken);
        }
    }

    private async Task<IActionResult> ShowAsync(long id, CancellationToken cancellationToken)
    {
        if (await reader.FindAsync(id, cancellationToken) is not { } response)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, FeedbackResource.Of(response), FeedbackOperationRequirement.Moderate)).Succeeded)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Details = await reader.ReadAsync(response, forModerator: true, cancellationToken);
        RedactedText ??= response.Text;
        return Page();
    }
}
