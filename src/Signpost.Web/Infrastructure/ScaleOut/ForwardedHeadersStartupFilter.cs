namespace Signpost.Web.Infrastructure.ScaleOut;

/// <summary>Puts the forwarded-headers step first in the pipeline, before anything (rate limits, audit, HTTPS) reads the client's address.</summary>
public sealed class ForwardedHeadersStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseForwardedHeaders();
        next(app);
    };
}
