namespace Signpost.Web.Tests.Feedback;

/// <summary>The app with a small feedback rate limit (3 per hour per client), as a busy abuser would meet it.</summary>
public sealed class RateLimitedFeedbackWebFactory() : SignpostWebFactory(new Dictionary<string, string>
{
    ["Signpost:Feedback:RateLimit:PermitLimit"] = "3",
    ["Signpost:Feedback:RateLimit:WindowSeconds"] = "3600",
});
