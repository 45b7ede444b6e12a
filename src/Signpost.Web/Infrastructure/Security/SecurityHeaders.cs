using Microsoft.Extensions.Options;

namespace Signpost.Web.Infrastructure.Security;

/// <summary>Security headers on every response: the public site and the back office alike.</summary>
public static class SecurityHeaders
{
    /// <summary>Geolocation for "use my location" on the search page; nothing we never use.</summary>
    public const string PermissionsPolicy = "geolocation=(self), camera=(), microphone=(), payment=(), usb=()";

    public static IApplicationBuilder UseSignpostSecurityHeaders(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<SignpostOptions>>().Value;
        var policy = ContentSecurityPolicy.For(options.MapTileUrl);
        return app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";

            // Young people may share devices: never let another site frame us (older browsers ignore frame-ancestors).
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            if (IsPrivate(context.Request.Path))
            {
                // Back-office pages hold unpublished drafts and people's details: a shared computer's
                // cache or the back button must not show them after sign-out. Set late, because
                // antiforgery and other middleware write their own Cache-Control.
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.CacheControl = "no-store";
                    context.Response.Headers.Pragma = "no-cache";
                    return Task.CompletedTask;
                });
            }

            await next();
        });
    }

    public static bool IsPrivate(PathString path) =>
        path.StartsWithSegments("/editor", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase);
}
