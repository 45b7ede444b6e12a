using Microsoft.AspNetCore.Authorization;
using Signpost.Web.Features.Editor.Permissions;
using Signpost.Web.Features.Editor.Scheduling;
using Signpost.Web.Features.Editor.Services;

namespace Signpost.Web.Features.Editor;

public static class EditorRegistration
{
    /// <summary>The editor back office: workflow, permissions (the content item is the authorization resource), scheduled jobs.</summary>
    public static WebApplicationBuilder AddSignpostEditor(this WebApplicationBuilder builder)
    {
        // Scoped, not singleton: a principal made before the organisation claim existed is looked up in the store.
        builder.Services.AddScoped<IAuthorizationHandler, ContentAuthorizationHandler>();
        builder.Services.AddScoped<ServiceVersionReader>();
        builder.Services.AddScoped<ServiceWorkflow>();
        builder.Services.AddScoped<ServiceGoLive>();
        builder.Services.AddSignpostScheduling();
        builder.Services.AddScoped<ServiceEditorQueries>();
        builder.Services.AddScoped<EditorPermissions>();
        builder.Services.AddScoped<Dashboard.DashboardQueries>();
        builder.Services.AddScoped<Bulk.ReviewMarker>();
        builder.Services.AddScoped<Workflow.VersionHistory>();
        builder.Services.AddScoped<Pages.PageWorkflow>();
        builder.Services.AddScoped<Pages.PageEditorQueries>();
        builder.Services.AddScoped<Organisations.OrganisationWorkflow>();
        builder.Services.AddScoped<Locations.LocationWorkflow>();
        builder.Services.AddScoped<Locations.LocationQueries>();
        builder.Services.AddScoped<Taxonomy.ImportedTermMapper>();
        return builder;
    }
}
