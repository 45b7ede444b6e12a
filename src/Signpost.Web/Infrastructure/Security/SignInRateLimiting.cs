using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Signpost.Core.Audit;
using Signpost.Data.Accounts;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Infrastructure.Security;

/// <summary>
/// Limits password and two-factor attempts per client IP. Account lockout stops guessing one
/// person's password; this stops one address trying one password against many accounts.
/// </summary>
public static class SignInRateLimiting
{
    public const string RateLimitedDetail = "Rate limited: too many sign-in attempts from this address";

    private static readonly PathString TwoFactorPath = "/account/sign-in/two-factor";

    private static readonly PathString[] LimitedPaths = ["/account/sign-in", TwoFactorPath];

    public static IServiceCollection AddSignpostSignInRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<SignInRateLimitOptions>().BindConfiguration(SignInRateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SignInRateLimitOptions>>((limiter, signIn) =>
        {
            var permits = signIn.Value.PermitLimit;
            var window = TimeSpan.FromSeconds(signIn.Value.WindowSeconds);

            // Only sign-in posts are limited; a global limiter keeps that decision in one place
            // instead of on page models that also answer GET.
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsSignInAttempt(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("not-sign-in"));

            // No body here: the status code page re-executes /error/429, the friendly GOV.UK page.
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = OnRejectedAsync;
        });
        return services;
    }

    public static bool IsSignInAttempt(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && LimitedPaths.Any(path => request.Path.Equals(path, StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals(path + "/", StringComparison.OrdinalIgnoreCase));

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        // Who was targeted, so administrators can see it: the email typed at the password step, or
        // the person the two-factor cookie names. The page says the same to everyone either way.
        string? userId = null;
        string? email = null;
        if (context.Request.Path.StartsWithSegments(TwoFactorPath, StringComparison.OrdinalIgnoreCase)
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
        await audit.RecordForAsync(userId, email, AuditActions.SignInFailed, null, RateLimitedDetail, cancellationToken);
    }
}
