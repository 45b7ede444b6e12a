using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Content;
using Signpost.Data.OpenReferralImport;
using Signpost.Web.Features.OpenReferral.Import;

namespace Signpost.Web.Tests.Features.OpenReferral.RoundTrip;

/// <summary>
/// The demo site's ORUK 3.0 feed (every service in full, one a line), imported once into a second site whose store
/// has the same taxonomy but no content: a directory that takes in another Signpost's feed.
/// </summary>
public sealed class RoundTripFixture : IAsyncLifetime
{
    public const string Source = "signpost-demo";

    public SignpostWebFactory Demo { get; } = new();

    public EmptyStoreWebFactory Target { get; } = new();

    /// <summary>The demo site's export, one service a line, as it was imported.</summary>
    public string FeedPath { get; private set; } = "";

    public ImportReport FirstImport { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)Demo).InitializeAsync();
        await ((IAsyncLifetime)Target).InitializeAsync();
        FeedPath = Path.Combine(Target.DataPath, "demo-services.ndjson");
        await File.WriteAllTextAsync(FeedPath, await ExportAsync(Demo));
        await CopyTaxonomyAsync();
        FirstImport = await ImportAsync();
    }

    /// <summary>
    /// Every published service in its full nested shape, one a line: format=ndjson lists the ids (its lines are
    /// the list shape, without places, sessions or terms) and each service is then read on its own.
    /// </summary>
    public static async Task<string> ExportAsync(SignpostWebFactory site)
    {
        var client = site.CreatePlainClient();
        var list = await client.GetAsync("/api/oruk/services?format=ndjson");
        list.EnsureSuccessStatusCode();
        var lines = new List<string>();
        foreach (var summary in Lines(await list.Content.ReadAsStringAsync()))
        {
            var service = await client.GetAsync($"/api/oruk/services/{summary["id"]}");
            var body = await service.Content.ReadAsStringAsync();
            Assert.True(service.IsSuccessStatusCode, $"GET /api/oruk/services/{summary["id"]} ({summary["name"]}) gave {(int)service.StatusCode}: {body}");
            lines.Add(JsonNode.Parse(body)!.ToJsonString());
        }

        return string.Join('\n', lines) + "\n";
    }

    public static List<JsonObject> Lines(string ndjson) =>
        ndjson.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject()).ToList();

    public async Task<ImportReport> ImportAsync()
    {
        var (scope, db) = Target.OpenStore();
        await using var _ = scope;
        return await FeedImport.RunAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>(), FeedPath, FeedFormat.Oruk3, new ImportOptions(Source), null, CancellationToken.None);
    }

    /// <summary>
    /// The taxonomy is the directory's configuration, not content a feed carries: the second directory is
    /// set up with the same terms, so the feed's attributes find them by id.
    /// </summary>
    private async Task CopyTaxonomyAsync()
    {
        List<TaxonomyTerm> terms;
        var (demoScope, demoDb) = Demo.OpenStore();
        await using (demoScope)
        {
            terms = await demoDb.TaxonomyTerms.AsNoTracking().ToListAsync();
        }

        var (scope, db) = Target.OpenStore();
        await using var _ = scope;
        db.TaxonomyTerms.AddRange(terms.OrderBy(t => t.ParentId is null ? 0 : 1).Select(t => new TaxonomyTerm
        {
            Id = t.Id, Kind = t.Kind, Slug = t.Slug, Name = t.Name, Description = t.Description, ParentId = t.ParentId, SortOrder = t.SortOrder,
        }));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)Demo).DisposeAsync();
        await ((IAsyncLifetime)Target).DisposeAsync();
    }
}
