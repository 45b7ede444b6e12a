using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;
using Signpost.Data;

namespace Signpost.Web.Infrastructure.ScaleOut;

public static class ScaleOutRegistration
{
    /// <summary>Everything that lets several nodes serve one site: Redis, shared cache and keys, job leases, proxies, draining on stop.</summary>
    public static WebApplicationBuilder AddSignpostScaleOut(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RedisConnection>();
        services.AddSingleton<NodeIdentity>();
        services.AddScoped<JobLeases>();

        services.AddOptions<Microsoft.Extensions.Caching.Memory.MemoryDistributedCacheOptions>();
        services.AddSingleton<ResilientDistributedCache>();
        services.AddSingleton<IDistributedCache>(provider => provider.GetRequiredService<ResilientDistributedCache>());
        services.AddSingleton<ISharedCache, SharedCache>();
        services.AddSingleton<SharedCounters>();

        // In the store rather than in Redis: every deployment has a store, so a form or a sign-in
        // cookie made on one node is read on any other, with or without Redis.
        services.AddDataProtection()
            .SetApplicationName("Signpost")
            .PersistKeysToDbContext<SignpostDbContext>();

        services.AddOptions<ForwardedHeadersSettings>().BindConfiguration(ForwardedHeadersSettings.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((forwarded, settings) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = settings.Value.ForwardLimit;
            foreach (var proxy in settings.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }

            foreach (var network in settings.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddTransient<IStartupFilter, ForwardedHeadersStartupFilter>();

        // Stopping waits this long for requests in flight and for the search log to be written.
        var drain = builder.Configuration.GetValue("Signpost:ShutdownTimeout", TimeSpan.FromSeconds(30));
        services.Configure<HostOptions>(host => host.ShutdownTimeout = drain);
        return builder;
    }
}
