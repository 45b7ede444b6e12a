using Microsoft.EntityFrameworkCore;
using Signpost.Core.Feedback;
using Signpost.Data;

namespace Signpost.Web.Features.Feedback;

/// <summary>
/// Opens feedback by its receipt code. Wrong codes are counted per client, and past the limit
/// nothing is looked up at all, so codes cannot be guessed. Unknown and expired codes get the
/// same answer, so the page never says which codes once existed.
/// </summary>
public sealed class ReceiptLookup(SignpostDbContext db, FeedbackRateLimiter limiter, TimeProvider clock)
{
    public const string Purpose = "receipt";

    public const string NotFoundMessage = "We cannot find feedback with that code. Check the code and try again. Codes only work for a limited time after you send your feedback";

    public async Task<ReceiptLookupResult> OpenAsync(HttpContext context, string? typedCode, CancellationToken cancellationToken)
    {
        if (await limiter.IsLimitedAsync(context, Purpose, cancellationToken))
        {
            return new ReceiptLookupResult(ReceiptLookupStatus.TooManyAttempts, null, null);
        }

        var code = ReceiptCode.Normalise(typedCode);
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = code is null ? null : ReceiptCode.Hash(code);
        var response = hash is null
            ? null
            : await db.FeedbackResponses.SingleOrDefaultAsync(f => f.ReceiptHash == hash && f.ReceiptExpiresAt > now, cancellationToken);
        if (response is null)
        {
            await limiter.CountAsync(context, Purpose, cancellationToken);
            return new ReceiptLookupResult(ReceiptLookupStatus.NotFound, null, null);
        }

        return new ReceiptLookupResult(ReceiptLookupStatus.Found, response, code);
    }

    /// <summary>The reply email kept for this feedback, if the person asked for a reply.</summary>
    public Task<string?> ReplyEmailAsync(long responseId, CancellationToken cancellationToken) =>
        db.FeedbackReplyRequests.AsNoTracking().Where(r => r.FeedbackResponseId == responseId).Select(r => r.Email).SingleOrDefaultAsync(cancellationToken);

    /// <summary>The name and slug of the service the feedback is about, or null for general feedback.</summary>
    public async Task<(string Name, string Slug)?> ServiceAsync(Guid? serviceId, CancellationToken cancellationToken)
    {
        if (serviceId is null)
        {
            return null;
        }

        var service = await db.Services.AsNoTracking().Where(s => s.Id == serviceId).Select(s => new { s.Name, s.Slug }).SingleOrDefaultAsync(cancellationToken);
        return service is null ? null : (service.Name, service.Slug);
    }
}
