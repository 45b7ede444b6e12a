using Signpost.Core.Feedback;

namespace Signpost.Web.Features.Participation.Moderation;

/// <summary>What authorization needs to know about a response: whose service it is about and whether it has been approved.</summary>
public sealed record FeedbackResource(Guid? OrganisationId, FeedbackStatus Status)
{
    public static FeedbackResource Of(FeedbackResponse response) => new(response.OrganisationId, response.Status);
}
