using Microsoft.AspNetCore.Authorization;

namespace Signpost.Web.Features.Participation.Moderation;

public sealed record FeedbackOperationRequirement(FeedbackOperation Operation) : IAuthorizationRequirement
{
    public static readonly FeedbackOperationRequirement Read = new(FeedbackOperation.Read);
    public static readonly FeedbackOperationRequirement Moderate = new(FeedbackOperation.Moderate);
}
