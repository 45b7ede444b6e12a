using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Signpost.Core.Audit;
using Signpost.Data.Accounts;
using Signpost.Web.Infrastructure.Audit;
using Signpost.Web.Infrastructure.ScaleOut;

namespace Signpost.Web.Infrastructure.Security;

/// <summary>
/// Counts sign-in attempts per client IP in a fixed window in <see cref="SharedCounters"/>: one count
/// for the whole site while Redis answers, a per-node count while it does not. Fail-open to the node's
/// own count rather than refusing sign-in: a Redis outage must not lock editors out, and the per-node
/// limit still bounds guessing (with account lockout, kept in the store, behind it).
/// </summary>
public sealed class SignInRateLimitMiddleware(RequestDelegate next, SharedCounters counters, IOptions<SignInRateLimitOptions> options, TimeProvider clock)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!SignInRateLimiting.IsSignInAttempt(context.Request))
        {
            await next(context);
            return;
        }

        var limit = options.Value;
        var now = clock.GetUtcNow();
        var window = FixedWindow.At(now, limit.WindowSeconds);
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var attempts = await counters.IncrementAsync($"sign-in:{address}:{window.Id}", window.End, context.RequestAborted);
        if (attempts <= limit.PermitLimit)
        {
            await next(context);
            return;
        }

        // No body here: the status code page re-executes /error/429, the friendly GOV.UK page.
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling((window.End - now).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await AuditAsync(context, context.RequestAborted);
    }

    /// <summary>
    /// Records who was targeted, so administrators can see it: the email typed at the password step,
    /// or the person the two-factor cookie names. The page says the same to everyone either way.
    /// </summary>
    private static async Task AuditAsync(HttpContext context, CancellationToken cancellationToken)
    {
        string? userId = null;
        string? email = null;
        if (context.Request.Path.StartsWithSegments(SignInRateLimiting.TwoFactorPath, StringComparison.OrdinalIgnoreCase)
            && await context.RequestServices.GetRequiredService<SignInManager<SignpostUser>>().GetTwoFactorAuthenticationUserAsync() is { } user)
        {
            (userId, email) = (user.Id, user.Email);
        }
        else if (context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync(cancellationToken);
            email = form["email"].FirstOrDefault()?.Trim() is { Length: > 0 and <= 256 } typed ? typed : null;
        }

        var audit = context.RequestServices.GetRequiredService<IAuditLog>();
        await audit.RecordForAsync(userId, email, AuditActions.SignInFailed, null, SignInRateLimiting.RateLimitedDetail, cancellationToken);
    }
}
