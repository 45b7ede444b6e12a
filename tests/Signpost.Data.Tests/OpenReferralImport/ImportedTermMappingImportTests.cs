using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Data.OpenReferralImport;

namespace Signpost.Data.Tests.OpenReferralImport;

/// <summary>What the importer does with imported terms' origins and directory managers' mappings.</summary>
public sealed class ImportedTermMappingImportTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_new_imported_term_keeps_the_feed_and_feed_taxonomy_it_first_came_from()
    {
        using var store = await SqliteStore.MigratedAsync();

        await ImportAsync(store, "council-a", ("a-1", "Ukulele group", "Ukulele", "Council tags"));
        await ImportAsync(store, "council-b", ("b-1", "Ukulele circle", "ukulele ", "Other tags"));

        await using var db = store.NewContext();
        var term = await db.TaxonomyTerms.SingleAsync(t => t.Kind == TaxonomyKind.Imported);
        var origin = await db.ImportedTermOrigins.SingleAsync();
        Assert.Equal((term.Id, "council-a", "Council tags"), (origin.TermId, origin.Source, origin.Taxonomy));
    }

    [Fact]
    public async Task A_mapping_adds_our_term_to_services_imported_or_changed_later_and_leaves_unchanged_records_alone()
    {
        using var store = await SqliteStore.MigratedAsync();
        var music = new TaxonomyTerm { Id = Guid.NewGuid(), Kind = TaxonomyKind.Category, Slug = "music", Name = "Music" };
        await using (var db = store.NewContext())
        {
            db.TaxonomyTerms.Add(music);
            await db.SaveChangesAsync();
        }

        await ImportAsync(store, "council-a", ("a-1", "Ukulele group", "Ukulele", null));
        await using (var db = store.NewContext())
        {
            var ukulele = await db.TaxonomyTerms.SingleAsync(t => t.Kind == TaxonomyKind.Imported);
            db.TermMappings.Add(new TermMapping { ImportedTermId = ukulele.Id, TermId = music.Id, MappedAt = DateTime.UtcNow, MappedBy = "manager@example.org" });
            await db.SaveChangesAsync();
        }

        var unchanged = await ImportAsync(store, "council-a", ("a-1", "Ukulele group", "Ukulele", null));
        var drafts = await ImportAsync(store, "council-a", asDrafts: true, ("a-1", "Ukulele group", "Ukulele", null), ("a-2", "Ukulele beginners", "UKULELE", null));
        var changed = await ImportAsync(store, "council-a", ("a-1", "Ukulele group, now on Fridays", "Ukulele", null), ("a-2", "Ukulele beginners", "UKULELE", null));

        Assert.Equal((0, 0, 1), (unchanged.Created, unchanged.Updated, unchanged.Unchanged));
        Assert.Equal((1, 0, 1), (drafts.Created, drafts.Updated, drafts.Unchanged));
        Assert.Equal((0, 1, 1), (changed.Created, changed.Updated, changed.Unchanged));
        await using var check = store.NewContext();
        var services = await check.Services.AsNoTracking().Include(s => s.Terms).ToDictionaryAsync(s => s.Name);
        Assert.Contains(services["Ukulele group, now on Fridays"].Terms, t => t.Id == music.Id);
        var beginners = services["Ukulele beginners"];
        Assert.Equal(ContentStatus.Draft, beginners.Status);
        Assert.Equal(["Music", "Ukulele"], beginners.Terms.Select(t => t.Name).Order().ToArray());
    }

    private async Task<ImportReport> ImportAsync(SqliteStore store, string source, params (string Id, string Name, string Tag, string? Taxonomy)[] services) =>
        await ImportAsync(store, source, false, services);

    private async Task<ImportReport> ImportAsync(SqliteStore store, string source, bool asDrafts, params (string Id, string Name, string Tag, string? Taxonomy)[] services)
    {
        var json = new JsonArray(services.Select(s => (JsonNode)new JsonObject
        {
            ["id"] = s.Id,
            ["name"] = s.Name,
            ["organization"] = new JsonObject { ["id"] = "org", ["name"] = "Ukulele Trust" },
            ["attributes"] = new JsonArray(new JsonObject
            {
                ["taxonomy_term"] = s.Taxonomy is null ? new JsonObject { ["name"] = s.Tag } : new JsonObject { ["name"] = s.Tag, ["taxonomy"] = s.Taxonomy },
            }),
        }).ToArray()).ToJsonString();
        var name = $"{Guid.NewGuid():N}.json";
        folder.Write(name, json);
        var report = await ImportStore.ImportAsync(store, folder.File(name), new ImportOptions(source, AsDrafts: asDrafts));
        Assert.Null(report.Failure);
        return report;
    }
}
