using Microsoft.AspNetCore.Mvc;
using Signpost.Core.Content;

namespace Signpost.Web.Features.Feedback;

/// <summary>
/// A page where someone sends new feedback: the abuse controls in the order that keeps them
/// cheap (rate limit, honeypot, checks, duplicate), then the receipt code to the thank-you page.
/// </summary>
public abstract class FeedbackSendingPage(FeedbackSubmission submission, FeedbackRateLimiter limiter) : FeedbackFormPage
{
    public const string RateLimitPurpose = "submit";

    public const string RejectedMessage = "We could not accept this feedback. Please check your answers and try again";

    public const string DuplicateMessage = "We already have this feedback, so you do not need to send it again";

    protected async Task<IActionResult> SendAsync(Service? service, CancellationToken cancellationToken)
    {
        if (!await limiter.TryAcquireAsync(HttpContext, RateLimitPurpose, cancellationToken))
        {
            return TooMany();
        }

        if (!string.IsNullOrEmpty(Website))
        {
            // The same words as any rejection: a robot learns nothing about what gave it away.
            ModelState.AddModelError("", RejectedMessage);
            return Page();
        }

        if (ValidateAnswers() is not { } answers)
        {
            return Page();
        }

        var sent = await submission.SubmitAsync(answers, service, $"{Request.Scheme}://{Request.Host}", cancellationToken);
        if (sent.IsDuplicate)
        {
            ModelState.AddModelError("", DuplicateMessage);
            return Page();
        }

        FeedbackConfirmation.Set(TempData, FeedbackConfirmationKind.Sent, sent.ReceiptCode, sent.Urgent);
        return RedirectToPage("/Feedback/ThankYou");
    }
}
