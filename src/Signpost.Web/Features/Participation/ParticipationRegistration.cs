using Microsoft.AspNetCore.Authorization;
using Signpost.Web.Features.Participation.Moderation;
using Signpost.Web.Features.Participation.Retention;
using Signpost.Web.Features.YouSaidWeDid;

namespace Signpost.Web.Features.Participation;

public static class ParticipationRegistration
{
    /// <summary>Feedback moderation (the response is the authorization resource), "you said, we did", and the retention job.</summary>
    public static WebApplicationBuilder AddSignpostParticipation(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        // Scoped: it asks the store for the editor's organisation when the cookie predates the claim.
        services.AddScoped<IAuthorizationHandler, FeedbackAuthorizationHandler>();
        services.AddScoped<FeedbackModeration>();
        services.AddScoped<FeedbackQueries>();
        services.AddScoped<FeedbackDetailsReader>();
        services.AddScoped<EscalationMail>();
        services.AddScoped<PublishedYouSaidWeDid>();
        services.AddScoped<YouSaidWeDid.YouSaidWeDidChanges>();
        services.AddScoped<Editor.ListingProblems.ListingProblemQueries>();
        services.AddSignpostFeedbackRetention();
        return builder;
    }
}
