using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Signpost.Core.Audit;
using Signpost.Web.Tests.Search;

namespace Signpost.Web.Tests.Account;

/// <summary>
/// The app for account tests: its own store (they create users), a clock the test can move, every
/// request coming from <see cref="ClientIp"/> (the test server has no socket), and the security stamp
/// checked on every request so "sign out everywhere" is seen at once rather than within a minute.
/// </summary>
public class AccountsWebFactory : SignpostWebFactory
{
    public static readonly IPAddress ClientIp = IPAddress.Parse("203.0.113.7");

    public SettableClock Clock { get; } = new();

    /// <summary>Where Folder mail mode writes messages (the default: "mail" in the data folder).</summary>
    public string MailFolder => Path.Combine(DataPath, "mail");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.Configure<SecurityStampValidatorOptions>(options =>
            {
                options.ValidationInterval = TimeSpan.Zero;
                options.TimeProvider = Clock;
            });
            services.AddSingleton<IStartupFilter>(new ClientIpStartupFilter());
        });
    }

    /// <summary>The audit entries for one email address, newest first.</summary>
    public async Task<List<AuditEntry>> AuditForAsync(string email)
    {
        var (scope, db) = OpenStore();
        await using (scope)
        {
            return await db.AuditLog.AsNoTracking().Where(e => e.UserEmail == email).OrderByDescending(e => e.Id).ToListAsync();
        }
    }

    private sealed class ClientIpStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = ClientIp;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
