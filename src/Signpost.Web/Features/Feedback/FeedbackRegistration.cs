namespace Signpost.Web.Features.Feedback;

public static class FeedbackRegistration
{
    /// <summary>Public feedback, receipts and "something wrong with this listing", with their abuse controls and safeguarding screen.</summary>
    public static WebApplicationBuilder AddSignpostFeedback(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<FeedbackOptions>().BindConfiguration(FeedbackOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // Memory unless a shared cache (Redis) was registered first; the rate limit then holds across nodes.
        services.AddDistributedMemoryCache();
        services.AddMemoryCache();
        services.AddSingleton<FeedbackRateLimiter>();
        services.AddScoped<SafeguardingPhrases>();
        services.AddScoped<SafeguardingAlert>();
        services.AddScoped<FeedbackSubmission>();
        services.AddScoped<ReceiptLookup>();
        services.AddScoped<ListingProblemNotifier>();
        return builder;
    }
}
