using Microsoft.AspNetCore.Mvc;

namespace Signpost.Web.Features.Feedback;

/// <summary>Feedback about the directory or local services in general, not one listing.</summary>
public sealed class HaveYourSayModel(FeedbackSubmission submission, FeedbackRateLimiter limiter) : FeedbackSendingPage(submission, limiter)
{
    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => SendAsync(null, cancellationToken);
}
