using System.ComponentModel.DataAnnotations;

namespace Signpost.Web.Infrastructure.ScaleOut;

/// <summary>
/// The shared Redis of a deployment with several web nodes. Without <see cref="Configuration"/> every
/// node keeps its cache and counters in memory and follows the change feed by polling alone.
/// </summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>A StackExchange.Redis configuration string, such as <c>redis:6379</c>; empty for none.</summary>
    [MaxLength(1000)]
    public string? Configuration { get; set; }

    /// <summary>How long to wait for a connection; short, so a missing Redis never holds up a page.</summary>
    [Range(100, 30_000)]
    public int ConnectTimeoutMilliseconds { get; set; } = 1000;

    /// <summary>How long one command may take before the node gives up on it and serves without the cache.</summary>
    [Range(50, 30_000)]
    public int CommandTimeoutMilliseconds { get; set; } = 250;

    /// <summary>After a failure or time-out, how long the node leaves Redis alone before trying it again.</summary>
    [Range(1, 3600)]
    public int BreakSeconds { get; set; } = 10;

    /// <summary>Prefixes every key and channel, so several sites can share one Redis.</summary>
    [Required]
    [RegularExpression("^[a-z0-9-]{1,40}$", ErrorMessage = "Redis:KeyPrefix must be 1 to 40 lower-case letters, digits or hyphens.")]
    public string KeyPrefix { get; set; } = "signpost";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Configuration);
}
