using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Data.Seed;

namespace Signpost.Web.Tests;

/// <summary>The app seeds on start; importing the same folder again, as "seed" does on deploy, must change nothing.</summary>
public sealed class SeedIdempotenceTests(SignpostWebFactory factory) : IClassFixture<SignpostWebFactory>
{
    [Fact]
    public async Task Importing_the_content_seed_again_after_start_creates_and_updates_nothing()
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var servicesBefore = await db.Services.CountAsync();
        var pagesBefore = await db.Pages.CountAsync();

        var report = await scope.ServiceProvider.GetRequiredService<ContentSeedImporter>().ImportAsync(RepoPaths.ContentSeed);

        Assert.True(servicesBefore > 100, $"Only {servicesBefore} services were seeded at start.");
        Assert.Equal(servicesBefore, report.Services);
        Assert.Equal(0, report.Created);
        Assert.Equal(0, report.Updated);
        Assert.Equal(servicesBefore, await db.Services.CountAsync());
        Assert.Equal(pagesBefore, await db.Pages.CountAsync());
    }
}
