namespace Signpost.Web.Features.Participation.Retention;

public static class FeedbackRetentionRegistration
{
    public static IServiceCollection AddSignpostFeedbackRetention(this IServiceCollection services)
    {
        services.AddOptions<FeedbackRetentionOptions>().BindConfiguration(FeedbackRetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<FeedbackRetention>();
        services.AddHostedService<FeedbackRetentionJob>();
        return services;
    }
}
