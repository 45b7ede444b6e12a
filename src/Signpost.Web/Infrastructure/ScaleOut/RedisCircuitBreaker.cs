namespace Signpost.Web.Infrastructure.ScaleOut;

/// <summary>
/// Keeps a node off Redis for a while after a failure: a Redis that is down or slow would otherwise
/// add its time-out to every request. When the break is over the next command tries Redis again.
/// </summary>
public sealed class RedisCircuitBreaker(TimeProvider clock, TimeSpan breakFor)
{
    private long _closedFromTicks;

    public bool IsOpen => clock.GetUtcNow().UtcTicks < Interlocked.Read(ref _closedFromTicks);

    /// <summary>Opens the breaker; returns true when it was closed, so the caller logs each outage once.</summary>
    public bool Trip()
    {
        var now = clock.GetUtcNow().UtcTicks;
        var previous = Interlocked.Exchange(ref _closedFromTicks, now + breakFor.Ticks);
        return previous <= now;
    }
}
