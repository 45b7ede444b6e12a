namespace Signpost.Web.Features.Editor;

public static class EditorRegistration
{
    /// <summary>The editor back office: workflow, permissions (the content item is the authorization resource), scheduled jobs.</summary>
    public static WebApplicationBuilder AddSignpostEditor(this WebApplicationBuilder builder)
    {
        return builder;
    }
}
