using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Feedback;
using Signpost.Data;
using Signpost.Web.Features.Editor.Workflow;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Participation.Moderation;

/// <summary>
/// The officers' actions on one response. Each checks permission with the response as the
/// resource, changes only what it is about, and records a moderation event and an audit entry.
/// </summary>
public sealed class FeedbackModeration(SignpostDbContext db, IAuthorizationService authorization, IAuditLog audit, TimeProvider clock)
{
    public const int MaxTextLength = 2000;
    public const int MaxNoteLength = 500;

    public Task<ModerationOutcome> ApproveAsync(ClaimsPrincipal user, long id, bool approveQuote, CancellationToken cancellationToken) =>
        ApplyAsync(user, id, FeedbackModerationAction.Approved, (response, now) =>
        {
            if (approveQuote && !response.MayQuote)
            {
                return Refuse("approve-quote", "The person did not agree to be quoted, so their words cannot be approved for quoting");
            }

            if (approveQuote && string.IsNullOrWhiteSpace(response.Text))
            {
                return Refuse("approve-quote", "There are no words to quote");
            }

            response.Status = FeedbackStatus.Approved;
            response.QuoteApproved = approveQuote;
            MarkModerated(response, user, now);
            return Note(approveQuote ? "Approved for reporting, and the words for quoting." : "Approved for reporting.");
        }, cancellationToken);

    public Task<ModerationOutcome> RejectAsync(ClaimsPrincipal user, long id, CancellationToken cancellationToken) =>
        ApplyAsync(user, id, FeedbackModerationAction.Rejected, (response, now) =>
        {
            response.Status = FeedbackStatus.Rejected;
            response.QuoteApproved = false;
            MarkModerated(response, user, now);
            return Note("Rejected as spam or abuse.");
        }, cancellationToken);

    public Task<ModerationOutcome> EscalateAsync(ClaimsPrincipal user, long id, string? note, CancellationToken cancellationToken) =>
        ApplyAsync(user, id, FeedbackModerationAction.Escalated, (response, now) =>
        {
            note = note?.Trim();
            if (string.IsNullOrEmpty(note))
            {
                return Refuse("escalate-note", "Enter who it is escalated to and why");
            }

            if (note.Length > MaxNoteLength)
            {
                return Refuse("escalate-note", $"The note must be {MaxNoteLength} characters or fewer");
            }

            response.Status = FeedbackStatus.Escalated;
            response.QuoteApproved = false;
            MarkModerated(response, user, now);
            return Note(note);
        }, cancellationToken);

    public Task<ModerationOutcome> RedactAsync(ClaimsPrincipal user, long id, string? newText, CancellationToken cancellationToken) =>
        ApplyAsync(user, id, FeedbackModerationAction.Redacted, (response, _) =>
        {
            if (response.Text is null)
            {
                return Refuse("redacted-text", "There are no words to redact: retention has removed them");
            }

            var text = newText?.Trim() ?? "";
            if (text.Length > MaxTextLength)
            {
                return Refuse("redacted-text", $"The words must be {MaxTextLength} characters or fewer");
            }

            var summary = RedactionSummary.Between(response.Text, text);
            if (!summary.Changed)
            {
                return Refuse("redacted-text", "Change the words to redact them, for example replace a name with [name removed]");
            }

            response.Text = text.Length == 0 ? null : text;
            response.QuoteApproved &= response.Text is not null;
            return Note(summary.Note);
        }, cancellationToken);

    public async Task<ModerationOutcome> SetThemesAsync(ClaimsPrincipal user, long id, IReadOnlyCollection<string> themeSlugs, CancellationToken cancellationToken)
    {
        var known = await db.FeedbackThemes.Where(t => themeSlugs.Contains(t.Slug)).Select(t => t.Slug).ToListAsync(cancellationToken);
        return await ApplyAsync(user, id, FeedbackModerationAction.ThemesChanged, (response, _) =>
        {
            response.Themes.RemoveAll(t => !known.Contains(t.ThemeSlug));
            foreach (var slug in known.Where(s => response.Themes.All(t => t.ThemeSlug != s)))
            {
                response.Themes.Add(new FeedbackResponseTheme { FeedbackResponseId = response.Id, ThemeSlug = slug });
            }

            return Note(known.Count == 0 ? "Themes cleared." : "Themes: " + string.Join(", ", known.Order(StringComparer.Ordinal)) + ".");
        }, cancellationToken);
    }

    public Task<ModerationOutcome> MarkSafeguardingReviewedAsync(ClaimsPrincipal user, long id, CancellationToken cancellationToken) =>
        ApplyAsync(user, id, FeedbackModerationAction.SafeguardingReviewed, (response, now) =>
        {
            if (!response.Urgent || response.SafeguardingReviewedAt is not null)
            {
                return Refuse("safeguarding", "This response is not waiting for a safeguarding review");
            }

            response.SafeguardingReviewedAt = now;
            response.SafeguardingReviewedById = EditorUser.Id(user);
            return Note("Safeguarding reviewed.");
        }, cancellationToken);

    public async Task<ModerationOutcome> MarkRepliedAsync(ClaimsPrincipal user, long id, CancellationToken cancellationToken)
    {
        var request = await db.FeedbackReplyRequests.FirstOrDefaultAsync(r => r.FeedbackResponseId == id, cancellationToken);
        return await ApplyAsync(user, id, FeedbackModerationAction.Replied, (_, now) =>
        {
            if (request is null || request.RepliedAt is not null)
            {
                return Refuse("replied", "There is no reply waiting to be sent for this response");
            }

            request.RepliedAt = now;
            request.RepliedById = EditorUser.Id(user);
            return Note("Marked as replied.");
        }, cancellationToken);
    }

    private async Task<ModerationOutcome> ApplyAsync(
        ClaimsPrincipal user,
        long id,
        FeedbackModerationAction action,
        Func<FeedbackResponse, DateTime, (string? Note, ModerationOutcome? Refusal)> change,
        CancellationToken cancellationToken)
    {
        if (await db.FeedbackResponses.Include(r => r.Themes).SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } response)
        {
            return ModerationOutcome.NotFound;
        }

        if (!(await authorization.AuthorizeAsync(user, FeedbackResource.Of(response), FeedbackOperationRequirement.Moderate)).Succeeded)
        {
            return ModerationOutcome.Forbidden;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var (note, refusal) = change(response, now);
        if (refusal is not null)
        {
            return refusal;
        }

        db.FeedbackModerationEvents.Add(new FeedbackModerationEvent
        {
            FeedbackResponseId = id,
            At = now,
            UserId = EditorUser.Id(user),
            UserName = EditorUser.Name(user),
            Action = action,
            Note = note,
        });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(FeedbackAuditActions.Moderated, FeedbackAuditActions.Target(id), $"{action}: {note}", cancellationToken);
        return ModerationOutcome.Done;
    }

    private static void MarkModerated(FeedbackResponse response, ClaimsPrincipal user, DateTime now)
    {
        response.ModeratedAt = now;
        response.ModeratedById = EditorUser.Id(user);
    }

    private static (string? Note, ModerationOutcome? Refusal) Note(string note) => (note, null);

    private static (string? Note, ModerationOutcome? Refusal) Refuse(string field, string error) => (null, ModerationOutcome.Refused(field, error));
}
