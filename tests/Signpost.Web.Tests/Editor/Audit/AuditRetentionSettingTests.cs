
namespace Signpost.Web.Tests.Editor.Audit;

public sealed class AuditRetentionSettingTests
{
    private sealed class ShortRetentionFactory() : SignpostWebFactory(new Dictionary<string, string>
    {
        ["Signpost:Audit:RetentionDays"] = "5",
        ["Signpost:SeedOnStart"] = "false",
    });

    [Fact]
    public async Task A_retention_period_under_30_days_stops_the_app_at_start()
    {
        await using var factory = new ShortRetentionFactory();

        var error = Assert.ThrowsAny<Exception>(() => factory.Server);

        Assert.Contains("RetentionDays", error.ToString());
    }
}
