using Microsoft.Extensions.Options;

namespace Signpost.Web.Tests.ScaleOut;

/// <summary>A deployer's typo in the scale-out settings stops the node at start with the setting named, rather than running half-configured.</summary>
public sealed class ScaleOutOptionsTests
{
    [Theory]
    [InlineData("Signpost:ForwardedHeaders:KnownNetworks:0", "10.0.0.0/99", "KnownNetworks")]
    [InlineData("Signpost:ForwardedHeaders:KnownProxies:0", "nginx", "KnownProxies")]
    [InlineData("Redis:CommandTimeoutMilliseconds", "0", "CommandTimeoutMilliseconds")]
    [InlineData("Redis:KeyPrefix", "Signpost Site", "KeyPrefix")]
    public async Task A_bad_setting_stops_the_app_starting(string key, string value, string named)
    {
        await using var factory = new SettingFactory(key, value);
        var error = Assert.ThrowsAny<Exception>(() => factory.Server);
        var chain = new List<Exception>();
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            chain.Add(e);
            chain.AddRange((e as AggregateException)?.InnerExceptions ?? []);
        }

        Assert.Contains(chain, e => e is OptionsValidationException && e.Message.Contains(named));
    }

    private sealed class SettingFactory(string key, string value) : SignpostWebFactory(new Dictionary<string, string> { [key] = value });
}
