using Signpost.Web.Infrastructure.ScaleOut;
using Signpost.Web.Tests.Search;

namespace Signpost.Web.Tests.ScaleOut;

/// <summary>After a failure Redis is left alone for the break, then tried again; each outage is reported once.</summary>
public sealed class RedisCircuitBreakerTests
{
    [Fact]
    public void A_trip_opens_the_breaker_for_the_break_and_only_the_first_trip_of_an_outage_reports()
    {
        var clock = new SettableClock { FixedAt = new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero) };
        var breaker = new RedisCircuitBreaker(clock, TimeSpan.FromSeconds(10));
        Assert.False(breaker.IsOpen);

        Assert.True(breaker.Trip());
        Assert.False(breaker.Trip());
        Assert.True(breaker.IsOpen);

        clock.FixedAt += TimeSpan.FromSeconds(9);
        Assert.True(breaker.IsOpen);
        clock.FixedAt += TimeSpan.FromSeconds(2);
        Assert.False(breaker.IsOpen);
        Assert.True(breaker.Trip());
    }
}
