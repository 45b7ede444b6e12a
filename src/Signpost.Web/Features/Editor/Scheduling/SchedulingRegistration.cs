using Signpost.Core.Content;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Web.Features.Editor.Locations;
using Signpost.Web.Features.Editor.Organisations;
using Signpost.Web.Features.Editor.Pages;

namespace Signpost.Web.Features.Editor.Scheduling;

public static class SchedulingRegistration
{
    /// <summary>Scheduled publish and withdraw: the steps pages call, each kind's part, and the job every node runs.</summary>
    public static IServiceCollection AddSignpostScheduling(this IServiceCollection services)
    {
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ContentSchedules>();
        services.AddScoped<IScheduledKind, ServiceSchedules>();
        services.AddScoped<IScheduledKind>(sp => ActivatorUtilities.CreateInstance<WorkflowSchedules<Page, PageSnapshot>>(sp, sp.GetRequiredService<PageWorkflow>()));
        services.AddScoped<IScheduledKind>(sp => ActivatorUtilities.CreateInstance<WorkflowSchedules<Organisation, OrganisationSnapshot>>(sp, sp.GetRequiredService<OrganisationWorkflow>()));
        services.AddScoped<IScheduledKind>(sp => ActivatorUtilities.CreateInstance<WorkflowSchedules<Location, LocationSnapshot>>(sp, sp.GetRequiredService<LocationWorkflow>()));
        services.AddSingleton<ScheduledActionRunner>();
        services.AddHostedService<ScheduledActionJob>();
        return services;
    }
}
