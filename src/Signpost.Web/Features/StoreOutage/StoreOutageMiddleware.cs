using Npgsql;
using Signpost.Web.Infrastructure;
using Signpost.Web.Infrastructure.Security;

namespace Signpost.Web.Features.StoreOutage;

/// <summary>
/// When the store cannot be reached: public pages come from this node's last copy of them (search never
/// needed the store), anything else gets the "unavailable" page with 503, saying plainly that editing is
/// unavailable and nothing was saved. Nothing is retried here: the next request tries the store again, so
/// the site recovers by itself when the store returns (a node that started without the store included).
/// </summary>
public sealed class StoreOutageMiddleware(RequestDelegate next, LastGoodPages pages, StoreReadiness readiness, TimeProvider clock, ILogger<StoreOutageMiddleware> logger)
{
    public const string PagePath = "/store-unavailable";
    public const string CopyHeader = "X-Signpost-Copy";
    internal const string EditingItem = "StoreOutage.Editing";
    internal const string PostItem = "StoreOutage.Post";

    public async Task InvokeAsync(HttpContext context)
    {
        // A node that started while the store was down has migrated, seeded and copied nothing yet: until
        // it has, everything but the health checks gets the page, rather than half-made answers.
        if (!readiness.IsInitialised && !context.Request.Path.StartsWithSegments("/health"))
        {
            await ShowUnavailableAsync(context);
            return;
        }

        var key = PublicPageKey(context.Request);

        // Copies are taken only of what a visitor without cookies sees; an editor browsing the site gets them too.
        var copying = key is not null && context.Request.Headers.Cookie.Count == 0 && pages.WantsCopy(key, clock.GetUtcNow())
            ? new CopyingStream(context.Response.Body, LastGoodPages.LargestPage)
            : null;
        if (copying is not null)
        {
            context.Response.Body = copying;
        }

        try
        {
            await next(context);
            if (copying is { Overflowed: false } && context.Response.StatusCode == StatusCodes.Status200OK && IsPage(context.Response.ContentType))
            {
                pages.Keep(key!, context.Response.ContentType!, copying.ToArray(), clock.GetUtcNow());
            }
        }
        catch (Exception ex) when (StoreUnavailable.Is(ex) && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogWarning("The store cannot be reached: {Method} {Path} answered without it ({Error})", context.Request.Method, context.Request.Path, ex.Message);

            // Pooled connections from before the outage are dead; drop them so the first requests after it succeed.
            NpgsqlConnection.ClearAllPools();
            if (copying is not null)
            {
                context.Response.Body = copying.Inner;
            }

            if (key is not null && pages.Find(key) is { } copy)
            {
                context.Response.StatusCode = StatusCodes.Status200OK;
                context.Response.ContentType = copy.ContentType;
                context.Response.Headers[CopyHeader] = "last-known";
                await context.Response.Body.WriteAsync(copy.Body, context.RequestAborted);
                return;
            }

            await ShowUnavailableAsync(context);
        }
        finally
        {
            if (copying is not null)
            {
                context.Response.Body = copying.Inner;
            }
        }
    }

    private async Task ShowUnavailableAsync(HttpContext context)
    {
        var request = context.Request;
        context.Items[EditingItem] = SecurityHeaders.IsPrivate(request.Path);
        context.Items[PostItem] = !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "30";
        context.SetEndpoint(null);
        request.RouteValues.Clear();
        request.Path = PagePath;
        request.QueryString = QueryString.Empty;
        request.Method = HttpMethods.Get;
        try
        {
            await next(context);
        }
        catch (Exception ex) when (StoreUnavailable.Is(ex) && !context.Response.HasStarted)
        {
            // Even the page could not be shown (signing the visitor in needed the store): say it in plain HTML.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(
                "<!DOCTYPE html><html lang=\"en\"><head><title>Sorry, the service is unavailable</title></head><body>" +
                "<h1>Sorry, the service is unavailable</h1><p>Editing is unavailable and nothing was saved. Try again in a few minutes.</p>" +
                "<p><a href=\"/search\">Search for a service</a></p></body></html>",
                context.RequestAborted);
        }
    }

    /// <summary>The page's key when it is a public page worth copying: a GET outside the back office, search and APIs.</summary>
    private static string? PublicPageKey(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) || SecurityHeaders.IsPrivate(request.Path)
            || request.Path.StartsWithSegments("/search") || request.Path.StartsWithSegments("/api")
            || request.Path.StartsWithSegments("/health") || request.Path.StartsWithSegments("/error") || request.Path.StartsWithSegments(PagePath))
        {
            return null;
        }

        return request.Path.Value + request.QueryString.Value;
    }

    private static bool IsPage(string? contentType) =>
        contentType is not null && (contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) || contentType.StartsWith("application/xml", StringComparison.OrdinalIgnoreCase));
}
