using Microsoft.AspNetCore.Mvc;
using Signpost.Core.Content;
using Signpost.Web.Features.Listings;

namespace Signpost.Web.Features.Feedback;

public sealed class ServiceFeedbackModel(ListingQueries listings, FeedbackSubmission submission, FeedbackRateLimiter limiter) : FeedbackSendingPage(submission, limiter)
{
    public Service Service { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await listings.GetServiceAsync(slug, cancellationToken) is not { } service)
        {
            return NotFound();
        }

        Service = service;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        // Withdrawn or unknown: nothing to give feedback about, and nothing is stored.
        if (await listings.GetServiceAsync(slug, cancellationToken) is not { } service)
        {
            return NotFound();
        }

        Service = service;
        return await SendAsync(service, cancellationToken);
    }
}
