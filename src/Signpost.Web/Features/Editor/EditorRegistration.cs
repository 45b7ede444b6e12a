using Microsoft.AspNetCore.Authorization;
using Signpost.Web.Features.Editor.Permissions;
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
        builder.Services.AddScoped<ServiceEditorQueries>();
        builder.Services.AddScoped<EditorPermissions>();
        builder.Services.AddScoped<Dashboard.DashboardQueries>();
        return builder;
    }
}
