using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Signpost.Core.Content;
using Signpost.Core.Feedback;
using Signpost.Data;

namespace Signpost.Web.Features.Feedback;

/// <summary>
/// Stores, changes and deletes public feedback: the duplicate check, the safeguarding screen and
/// the receipt code. The reply email goes into its own table and nowhere else.
/// </summary>
public sealed class FeedbackSubmission(
    SignpostDbContext db,
    SafeguardingPhrases phrases,
    SafeguardingAlert alert,
    IOptions<FeedbackOptions> options,
    TimeProvider clock)
{
    public static readonly TimeSpan DuplicateWindow = TimeSpan.FromHours(24);

    /// <summary>Stores new feedback, or returns <see cref="FeedbackSubmitted.Duplicate"/> and stores nothing.</summary>
    public async Task<FeedbackSubmitted> SubmitAsync(FeedbackAnswers answers, Service? service, string backOfficeBaseUrl, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var duplicateKey = FeedbackDuplicateKey.For(service?.Id, answers.Respondent, answers.Rating, answers.Text);
        var since = now - DuplicateWindow;
        if (await db.FeedbackResponses.AnyAsync(f => f.DuplicateKey == duplicateKey && f.SubmittedAt >= since, cancellationToken))
        {
            return FeedbackSubmitted.Duplicate;
        }

        var matches = (await phrases.ScreenAsync(cancellationToken)).Screen(answers.Text);
        var code = ReceiptCode.Generate();
        var response = new FeedbackResponse
        {
            SubmittedAt = now,
            ServiceId = service?.Id,
            OrganisationId = service?.OrganisationId,
            Channel = FeedbackChannel.Website,
            Status = FeedbackStatus.Pending,
            ReceiptHash = ReceiptCode.Hash(code),
            ReceiptExpiresAt = now.AddDays(options.Value.ReceiptDays),
            DuplicateKey = duplicateKey,
        };
        answers.ApplyTo(response);
        Flag(response, matches);

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.FeedbackResponses.Add(response);
            await db.SaveChangesAsync(cancellationToken);
            if (answers.ReplyEmail is { } email)
            {
                db.FeedbackReplyRequests.Add(new FeedbackReplyRequest { FeedbackResponseId = response.Id, Email = email, CreatedAt = now });
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        if (response.Urgent)
        {
            await alert.SendAsync(response, service?.Name, backOfficeBaseUrl, cancellationToken);
        }

        return new FeedbackSubmitted(code, response.Urgent);
    }

    /// <summary>
    /// Changes stored feedback to the new answers. Changed words go back to moderation and through
    /// the safeguarding screen again. Returns whether the feedback is (now) urgent.
    /// </summary>
    public async Task<bool> ChangeAsync(FeedbackResponse response, FeedbackAnswers answers, string? serviceName, string backOfficeBaseUrl, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var textChanged = !string.Equals(response.Text, answers.Text, StringComparison.Ordinal);
        answers.ApplyTo(response);
        response.UpdatedAt = now;
        response.DuplicateKey = FeedbackDuplicateKey.For(response.ServiceId, answers.Respondent, answers.Rating, answers.Text);
        var alertLead = false;
        if (textChanged)
        {
            response.Status = FeedbackStatus.Pending;
            response.QuoteApproved = false;
            response.ModeratedAt = null;
            response.ModeratedById = null;

            // A concern the lead has not yet looked at stays flagged even if the words that raised it are gone.
            var awaitingLead = response.Urgent && response.SafeguardingReviewedAt is null;
            var matches = (await phrases.ScreenAsync(cancellationToken)).Screen(answers.Text);
            if (matches.Count > 0 || !awaitingLead)
            {
                Flag(response, matches);
            }

            alertLead = matches.Count > 0 && !awaitingLead;
        }

        var reply = await db.FeedbackReplyRequests.SingleOrDefaultAsync(r => r.FeedbackResponseId == response.Id, cancellationToken);
        if (answers.ReplyEmail is { } email)
        {
            if (reply is null)
            {
                db.FeedbackReplyRequests.Add(new FeedbackReplyRequest { FeedbackResponseId = response.Id, Email = email, CreatedAt = now });
            }
            else
            {
                reply.Email = email;
            }
        }
        else if (reply is not null)
        {
            db.FeedbackReplyRequests.Remove(reply);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (alertLead)
        {
            await alert.SendAsync(response, serviceName, backOfficeBaseUrl, cancellationToken);
        }

        return response.Urgent;
    }

    /// <summary>Deletes the feedback and everything hanging from it (reply email, themes, moderation history): nothing is kept.</summary>
    public async Task DeleteAsync(long responseId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.FeedbackReplyRequests.Where(r => r.FeedbackResponseId == responseId).ExecuteDeleteAsync(cancellationToken);
        await db.FeedbackResponseThemes.Where(t => t.FeedbackResponseId == responseId).ExecuteDeleteAsync(cancellationToken);
        await db.FeedbackModerationEvents.Where(e => e.FeedbackResponseId == responseId).ExecuteDeleteAsync(cancellationToken);
        await db.FeedbackResponses.Where(f => f.Id == responseId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static void Flag(FeedbackResponse response, IReadOnlyList<string> matches)
    {
        response.Urgent = matches.Count > 0;
        var categories = string.Join(',', matches);
        response.SafeguardingMatches = matches.Count == 0 ? null : categories.Length <= 200 ? categories : categories[..200];
        if (response.Urgent)
        {
            response.SafeguardingReviewedAt = null;
            response.SafeguardingReviewedById = null;
        }
    }
}
