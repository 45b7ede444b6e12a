using Signpost.Web.Features.Health;
using Signpost.Web.Features.Listings;
using Signpost.Web.Features.Search;
using Signpost.Web.Features.Sitemap;

namespace Signpost.Web.Infrastructure;

public static class SiteRegistration
{
    public static WebApplicationBuilder AddSignpostSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options => options.RootDirectory = "/Features");
        builder.Services.AddProblemDetails();
        builder.Services.AddScoped<ListingQueries>();
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        return builder;
    }

    public static WebApplication UseSignpostSite(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.Use(async (context, next) =>
        {
            // Young people may share devices: ask browsers not to keep pages, and never frame us.
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers.XFrameOptions = "DENY";
            context.Response.Headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            await next();
        });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapSignpostSite(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapHealthApi();
        app.MapSearchApi();
        app.MapSitemap();
        return app;
    }
}
