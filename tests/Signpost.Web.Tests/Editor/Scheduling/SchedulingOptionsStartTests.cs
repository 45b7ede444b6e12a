using Microsoft.Extensions.Options;

namespace Signpost.Web.Tests.Editor.Scheduling;

/// <summary>A bad scheduling interval stops the app at start, not at the first run.</summary>
public sealed class SchedulingOptionsStartTests
{
    [Theory]
    [InlineData("00:00:00")]
    [InlineData("02:00:00")]
    public async Task An_out_of_range_interval_stops_the_app_starting(string value)
    {
        await using var factory = new BadSettingFactory(value);
        var error = Assert.ThrowsAny<Exception>(() => factory.Server);
        var chain = new List<Exception>();
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            chain.Add(e);
            chain.AddRange((e as AggregateException)?.InnerExceptions ?? []);
        }

        Assert.Contains(chain, e => e is OptionsValidationException && e.Message.Contains("Interval"));
    }

    private sealed class BadSettingFactory(string value) : SchedulingSiteFactory(new Dictionary<string, string> { ["Signpost:Scheduling:Interval"] = value });
}
