using Microsoft.Extensions.Options;

namespace Signpost.Web.Tests.Editor.ReviewCycle;

/// <summary>Bad review-cycle settings stop the app at start, not at the first hourly run.</summary>
public sealed class ReviewCycleOptionsStartTests
{
    [Theory]
    [InlineData("Signpost:ReviewCycle:ReminderInterval", "00:00:05")]
    [InlineData("Signpost:ReviewCycle:OutOfDateAfterDays", "-1")]
    public async Task An_out_of_range_setting_stops_the_app_starting(string key, string value)
    {
        await using var factory = new BadSettingFactory(key, value);
        var error = Assert.ThrowsAny<Exception>(() => factory.Server);
        var chain = new List<Exception>();
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            chain.Add(e);
            chain.AddRange((e as AggregateException)?.InnerExceptions ?? []);
        }

        Assert.Contains(chain, e => e is OptionsValidationException && e.Message.Contains(key.Split(':')[^1]));
    }

    private sealed class BadSettingFactory(string key, string value) : ReviewCycleSiteFactory(new Dictionary<string, string> { [key] = value });
}
