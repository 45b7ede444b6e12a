using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Data.OpenReferralImport;

namespace Signpost.Data.Tests.OpenReferralImport;

/// <summary>A changed record imported again: what the feed now says replaces ours, what it does not say is kept.</summary>
public sealed class SignpostFeedReimportTests
{
    [Fact]
    public async Task Audiences_and_transport_notes_are_replaced_when_the_feed_gives_them_and_kept_when_it_does_not()
    {
        using var store = await SqliteStore.MigratedAsync();
        using var folder = new TempFolder();

        await ImportAsync(store, folder, "Club", audience: "parents-carers", transport: "Bus 61 stops outside.");
        var withoutEither = await ImportAsync(store, folder, "Club (renamed)", audience: null, transport: null);
        var (audiences, transport) = await ReadAsync(store);

        Assert.Equal(1, withoutEither.Updated);
        Assert.Equal([Audience.ParentsCarers], audiences);
        Assert.Equal("Bus 61 stops outside.", transport);

        var withBoth = await ImportAsync(store, folder, "Club", audience: "professionals", transport: "Train to Widnes.");

        Assert.Equal(1, withBoth.Updated);
        (audiences, transport) = await ReadAsync(store);
        Assert.Equal([Audience.Professionals], audiences);
        Assert.Equal("Train to Widnes.", transport);
    }

    private static async Task<ImportReport> ImportAsync(SqliteStore store, TempFolder folder, string name, string? audience, string? transport)
    {
        var location = new JsonObject
        {
            ["id"] = "6a1d2c3b-4e5f-4a7b-8c9d-0e1f2a3b4c5d", ["name"] = "Hub",
            ["addresses"] = new JsonArray(new JsonObject { ["id"] = "ad1", ["address_1"] = "1 High Street", ["postal_code"] = "WA8 7QE" }),
        };
        if (transport is not null)
        {
            location["transportation"] = transport;
        }

        var record = new JsonObject
        {
            ["id"] = "3f9a2b7e-1c1d-4f7a-8a3e-2b6c5d4e3f21",
            ["name"] = name,
            ["organization"] = new JsonObject { ["id"] = "8d4c1d55-2f6a-4a4e-9a57-5b0e8c7f0a01", ["name"] = "Halton Youth" },
            ["service_at_locations"] = new JsonArray(new JsonObject { ["id"] = "sal1", ["location"] = location }),
        };
        if (audience is not null)
        {
            record["attributes"] = new JsonArray(new JsonObject
            {
                ["id"] = "a1",
                ["taxonomy_term"] = new JsonObject { ["id"] = "t1", ["name"] = audience, ["taxonomy"] = SignpostTaxonomy.Audiences.Name, ["code"] = audience },
            });
        }

        folder.Write("feed.ndjson", record.ToJsonString() + "\n");
        var report = await ImportStore.ImportAsync(store, folder.File("feed.ndjson"), format: FeedFormat.Oruk3);
        Assert.Null(report.Failure);
        return report;
    }

    private static async Task<(List<Audience> Audiences, string? Transport)> ReadAsync(SqliteStore store)
    {
        await using var db = store.NewContext();
        var service = await db.Services.Include(s => s.Locations).SingleAsync();
        return (service.Audiences, Assert.Single(service.Locations).Transport);
    }
}
