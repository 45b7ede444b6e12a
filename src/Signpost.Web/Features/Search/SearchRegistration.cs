using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Signpost.Web.Features.Search;

public static class SearchRegistration
{
    /// <summary>The search read model, its change-feed follower, the search log, and the place lookups.</summary>
    public static WebApplicationBuilder AddSignpostSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<SearchIndexHolder>();
        builder.Services.AddSingleton<ChangeFeedNudge>();
        builder.Services.AddSingleton<ChangeFeedChannel>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ChangeFeedChannel>());
        builder.Services.AddSingleton<IInterceptor, ChangeFeedNudgeInterceptor>();

        // Registered after the store's start-up service, so the index is built from a migrated, seeded store.
        builder.Services.AddSingleton<SearchIndexFollower>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SearchIndexFollower>());
        builder.Services.AddSingleton<SearchLogWriter>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SearchLogWriter>());
        builder.Services.AddScoped<PlaceResolver>();
        builder.Services.AddScoped<SearchRunner>();
        builder.Services.AddSingleton<SearchResultCache>();
        return builder;
    }
}
