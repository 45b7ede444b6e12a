using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Signpost.Data;
using Signpost.Data.Accounts;
using Signpost.Data.Seed;

namespace Signpost.Web.Infrastructure;

public static class StoreRegistration
{
    public static WebApplicationBuilder AddSignpostStore(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SignpostOptions>().BindConfiguration(SignpostOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SignpostPaths>();

        builder.Services.AddDbContext<SignpostDbContext>((services, options) =>
        {
            var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var connectionString = database.ConnectionString ?? $"Data Source={services.GetRequiredService<SignpostPaths>().DatabaseFile}";
            options.UseSignpostStore(database.StoreProvider, connectionString);
            options.AddInterceptors(services.GetServices<IInterceptor>());
        });

        builder.Services.AddIdentityCore<SignpostUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SignpostDbContext>();

        builder.Services.AddScoped<ContentSeedImporter>();
        builder.Services.AddScoped<StoreInitialiser>();
        builder.Services.AddSingleton<StoreReadiness>();
        builder.Services.AddHostedService<StoreStartupService>();
        return builder;
    }
}
