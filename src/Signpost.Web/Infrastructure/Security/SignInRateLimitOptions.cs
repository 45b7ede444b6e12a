using System.ComponentModel.DataAnnotations;

namespace Signpost.Web.Infrastructure.Security;

/// <summary>How many sign-in attempts (password or two-factor step) one client IP may make per window.</summary>
public sealed class SignInRateLimitOptions
{
    public const string Section = "Signpost:SignIn";

    /// <summary>Attempts allowed per window per client IP address.</summary>
    [Range(1, 100_000)]
    public int PermitLimit { get; set; } = 10;

    /// <summary>Length of the window, in seconds.</summary>
    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}
