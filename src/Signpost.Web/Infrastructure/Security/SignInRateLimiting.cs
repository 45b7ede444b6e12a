namespace Signpost.Web.Infrastructure.Security;

/// <summary>
/// Limits password and two-factor attempts per client IP. Account lockout stops guessing one
/// person's password; this stops one address trying one password against many accounts. The
/// count is shared by every node (see <see cref="SignInRateLimitMiddleware"/>), so a load balancer
/// spreading an attacker's posts does not multiply the limit.
/// </summary>
public static class SignInRateLimiting
{
    public const string RateLimitedDetail = "Rate limited: too many sign-in attempts from this address";

    internal static readonly PathString TwoFactorPath = "/account/sign-in/two-factor";

    private static readonly PathString[] LimitedPaths = ["/account/sign-in", TwoFactorPath];

    public static IServiceCollection AddSignpostSignInRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<SignInRateLimitOptions>().BindConfiguration(SignInRateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    /// <summary>
    /// One middleware for both steps keeps the decision in one place instead of on page models that
    /// also answer GET. After forwarded headers (the visitor's address) and before authentication.
    /// </summary>
    public static IApplicationBuilder UseSignpostSignInRateLimiting(this IApplicationBuilder app) =>
        app.UseMiddleware<SignInRateLimitMiddleware>();

    public static bool IsSignInAttempt(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && LimitedPaths.Any(path => request.Path.Equals(path, StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals(path + "/", StringComparison.OrdinalIgnoreCase));
}
