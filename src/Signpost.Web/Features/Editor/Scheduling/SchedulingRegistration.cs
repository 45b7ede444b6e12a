namespace Signpost.Web.Features.Editor.Scheduling;

public static class SchedulingRegistration
{
    /// <summary>Scheduled publish and withdraw: the steps pages call, and the job every node runs.</summary>
    public static IServiceCollection AddSignpostScheduling(this IServiceCollection services)
    {
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ServiceSchedules>();
        services.AddSingleton<ScheduledActionRunner>();
        services.AddHostedService<ScheduledActionJob>();
        return services;
    }
}
