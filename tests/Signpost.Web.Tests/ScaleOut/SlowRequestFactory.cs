using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Signpost.Web.Tests.ScaleOut;

/// <summary>The real app on Kestrel with one extra, slow address (/test/slow), to see what stopping does to a request in flight.</summary>
public sealed class SlowRequestFactory : SignpostWebFactory
{
    public static readonly TimeSpan SlowFor = TimeSpan.FromSeconds(2);

    public SlowRequestFactory()
        : base(new Dictionary<string, string> { ["Signpost:ShutdownTimeout"] = "00:00:30" })
    {
        UseKestrel(0);
    }

    /// <summary>Completes when the slow request has reached the app.</summary>
    public TaskCompletionSource SlowRequestStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The running host, to stop it the way the process would on SIGTERM.</summary>
    public IHost? Host { get; private set; }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        Host = base.CreateHost(builder);
        return Host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter>(_ => new SlowEndpoint(SlowRequestStarted)));
    }

    private sealed class SlowEndpoint(TaskCompletionSource started) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextStep) =>
            {
                if (context.Request.Path != "/test/slow")
                {
                    await nextStep(context);
                    return;
                }

                started.TrySetResult();

                // Deliberately not RequestAborted: the request must be allowed to finish its work.
                await Task.Delay(SlowFor);
                await context.Response.WriteAsync("finished");
            });
            next(app);
        };
    }
}
