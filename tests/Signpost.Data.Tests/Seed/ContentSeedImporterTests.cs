using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Data.Seed;

namespace Signpost.Data.Tests.Seed;

public class ContentSeedImporterTests
{
    private static async Task<SeedReport> ImportAsync(TestStore store, string folder)
    {
        await using var db = store.NewContext();
        return await new ContentSeedImporter(db, TimeProvider.System).ImportAsync(folder);
    }

    [Fact]
    public async Task Importing_twice_creates_nothing_new_and_changes_nothing()
    {
        using var store = await TestStore.MigratedAsync();

        var first = await ImportAsync(store, RepoPaths.ContentSeed);
        var second = await ImportAsync(store, RepoPaths.ContentSeed);

        Assert.True(first.Created >= 120);
        Assert.Equal(0, second.Created);
        Assert.Equal(0, second.Updated);
        await using var db = store.NewContext();
        Assert.Equal(first.Services, await db.Services.CountAsync());
        Assert.Equal(first.Organisations, await db.Organisations.CountAsync());
        Assert.Equal(
            await db.ServiceSchedules.CountAsync(),
            (await db.Services.Include(s => s.Schedules).ToListAsync()).Sum(s => s.Schedules.Count));
    }

    [Fact]
    public async Task A_changed_file_updates_only_that_service()
    {
        using var store = await TestStore.MigratedAsync();
        using var seed = new TempFolder();
        seed.CopyFrom(RepoPaths.ContentSeed);
        await ImportAsync(store, seed.Path);
        var file = Directory.GetFiles(seed.File("services"), "*.md").Order().First();
        var slug = Path.GetFileNameWithoutExtension(file);
        File.WriteAllText(file, File.ReadAllText(file).Replace("\n---\n", "\n---\nA new first line.\n"));

        var report = await ImportAsync(store, seed.Path);

        Assert.Equal(0, report.Created);
        Assert.Equal(1, report.Updated);
        await using var db = store.NewContext();
        var service = await db.Services.SingleAsync(s => s.Slug == slug);
        Assert.StartsWith("A new first line.", service.Description);
    }

    [Fact]
    public async Task An_invalid_folder_imports_nothing()
    {
        using var store = await TestStore.MigratedAsync();
        using var seed = new TempFolder();
        seed.CopyFrom(RepoPaths.ContentSeed);
        seed.Write("services/broken.md", "---\nname: Broken\n---\n");

        await Assert.ThrowsAsync<SeedValidationException>(() => ImportAsync(store, seed.Path));

        await using var db = store.NewContext();
        Assert.Equal(0, await db.Services.CountAsync());
        Assert.Equal(0, await db.Organisations.CountAsync());
    }

    [Fact]
    public async Task Imported_services_keep_their_links_schedules_and_answers()
    {
        using var store = await TestStore.MigratedAsync();
        await ImportAsync(store, RepoPaths.ContentSeed);
        await using var db = store.NewContext();

        var services = await db.Services.Include(s => s.Terms).Include(s => s.Locations).Include(s => s.Schedules).Include(s => s.Organisation)
            .AsSplitQuery().ToListAsync();

        Assert.All(services, s => Assert.NotEmpty(s.Categories));
        Assert.Contains(services, s => s.Locations.Count > 0 && s.Schedules.Any(x => x.LocationId is not null));
        Assert.Contains(services, s => s.Youth.OnMyOwn is not null);
        Assert.Contains(services, s => s.LocalOffer.WhoFor is not null);
        Assert.Contains(services, s => s.Audiences.Contains(Audience.YoungPeople) && s.AccessRoutes.Contains(AccessRoute.DropIn));
    }
}
