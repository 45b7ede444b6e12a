namespace Signpost.Web.Features.StoreOutage;

public static class StoreOutageRegistration
{
    public static WebApplicationBuilder AddSignpostStoreOutage(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LastGoodPages>();
        return builder;
    }

    /// <summary>After static files (which never need the store) and before everything that may read it.</summary>
    public static IApplicationBuilder UseSignpostStoreOutage(this IApplicationBuilder app) => app.UseMiddleware<StoreOutageMiddleware>();
}
