using System.ComponentModel.DataAnnotations;

namespace Signpost.Web.Features.Feedback;

/// <summary>
/// How many feedback posts (and wrong receipt codes) one client IP may send per window, from
/// <c>Signpost:Feedback:RateLimit</c>. Counted in the distributed cache, so the limit holds across nodes.
/// </summary>
public sealed class FeedbackRateLimitOptions
{
    [Range(1, 100_000)]
    public int PermitLimit { get; set; } = 10;

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 600;
}
