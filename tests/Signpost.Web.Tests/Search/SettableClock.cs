namespace Signpost.Web.Tests.Search;

/// <summary>A clock a test can set; it reads the real time until it is set.</summary>
public sealed class SettableClock : TimeProvider
{
    /// <summary>The moment the app sees as now, or null for the real time. Set it before the request it is for.</summary>
    public DateTimeOffset? FixedAt { get; set; }

    public override DateTimeOffset GetUtcNow() => FixedAt?.ToUniversalTime() ?? System.GetUtcNow();
}
