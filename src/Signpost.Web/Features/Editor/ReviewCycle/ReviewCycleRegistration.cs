namespace Signpost.Web.Features.Editor.ReviewCycle;

public static class ReviewCycleRegistration
{
    /// <summary>Review reminders to owning editors (a background job on every node) and the options the public out-of-date notice reads.</summary>
    public static WebApplicationBuilder AddSignpostReviewCycle(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignpostReviewCycle();
        return builder;
    }

    /// <summary>Safe to call twice: the job is registered once.</summary>
    public static IServiceCollection AddSignpostReviewCycle(this IServiceCollection services)
    {
        services.AddOptions<ReviewCycleOptions>().BindConfiguration(ReviewCycleOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ReviewReminderSender>();
        services.AddHostedService<ReviewReminderJob>();
        return services;
    }
}
