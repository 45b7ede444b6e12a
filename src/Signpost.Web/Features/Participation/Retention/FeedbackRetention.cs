using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Signpost.Data;
using Signpost.Web.Features.Participation.Moderation;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Participation.Retention;

/// <summary>
/// One retention pass: free text older than <see cref="FeedbackRetentionOptions.TextMonths"/> is
/// removed (the answers stay, so the aggregates do not change) and reply emails older than
/// <see cref="FeedbackRetentionOptions.ReplyEmailDays"/> are deleted. Receipt codes expire by
/// their own date. Bulk updates, so a pass over a large store does not load it.
/// </summary>
public sealed class FeedbackRetention(SignpostDbContext db, IOptions<FeedbackRetentionOptions> options, IAuditLog audit, TimeProvider clock)
{
    public async Task<RetentionResult> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var textCutOff = now.AddMonths(-settings.TextMonths);
        var emailCutOff = now.AddDays(-settings.ReplyEmailDays);

        var texts = await db.FeedbackResponses
            .Where(r => r.Text != null && r.SubmittedAt < textCutOff)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Text, (string?)null).SetProperty(r => r.TextDeletedAt, now), cancellationToken);
        var emails = await db.FeedbackReplyRequests
            .Where(r => r.CreatedAt < emailCutOff)
            .ExecuteDeleteAsync(cancellationToken);

        var result = new RetentionResult(texts, emails);
        if (texts + emails > 0)
        {
            await audit.RecordForAsync(null, null, FeedbackAuditActions.RetentionApplied, "feedback",
                $"Removed the words of {texts} responses older than {settings.TextMonths} months and {emails} reply emails older than {settings.ReplyEmailDays} days.", cancellationToken);
        }

        return result;
    }
}
