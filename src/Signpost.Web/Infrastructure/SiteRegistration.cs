using Signpost.Web.Features.Health;
using Signpost.Web.Features.Listings;
using Signpost.Web.Features.Search;
using Signpost.Web.Features.Sitemap;
using Signpost.Web.Features.StoreOutage;
using Signpost.Web.Infrastructure.Security;

namespace Signpost.Web.Infrastructure;

public static class SiteRegistration
{
    public static WebApplicationBuilder AddSignpostSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options => options.RootDirectory = "/Features");
        builder.Services.AddProblemDetails();
        builder.Services.AddScoped<ListingQueries>();
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        builder.Services.AddSignpostSignInRateLimiting();
        builder.AddSignpostStoreOutage();
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
        app.UseSignpostSecurityHeaders();
        app.UseStaticFiles();
        app.UseSignpostStoreOutage();
        app.UseRouting();
        app.UseSignpostSignInRateLimiting();
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
