using System.Text.Json.Nodes;

namespace Signpost.Web.Tests.Features.OpenReferral.RoundTrip;

/// <summary>
/// Our demo content exported as ORUK 3.0, imported into an empty store and exported again gives the same
/// feed: same ids (the importer keeps a feed's UUIDs as ours), names, text, organisations, ages, cost,
/// languages, areas, places, sessions, contacts and terms. What cannot come back is named in
/// <see cref="RoundTripCanonical"/>, not hidden.
/// </summary>
public sealed class RoundTripTests(RoundTripFixture fixture) : IClassFixture<RoundTripFixture>
{
    [Fact]
    public async Task The_imported_feed_exports_as_the_same_content()
    {
        Assert.Null(fixture.FirstImport.Failure);
        var exported = RoundTripFixture.Lines(await File.ReadAllTextAsync(fixture.FeedPath));
        Assert.True(exported.Count > 100, $"the demo feed has {exported.Count} services");
        Assert.Equal(exported.Count, fixture.FirstImport.Created);
        Assert.Equal(0, fixture.FirstImport.Skipped);

        var again = RoundTripFixture.Lines(await RoundTripFixture.ExportAsync(fixture.Target)).ToDictionary(s => (string)s["id"]!);
        var differences = new List<string>();
        foreach (var service in exported)
        {
            var id = (string)service["id"]!;
            if (!again.Remove(id, out var copy))
            {
                differences.Add($"{id} ({service["name"]}): not in the second export");
                continue;
            }

            differences.AddRange(RoundTripCanonical.Differences(RoundTripCanonical.Of(service), RoundTripCanonical.Of(copy), $"{service["name"]}"));
        }

        differences.AddRange(again.Keys.Select(id => $"{id}: only in the second export"));
        Assert.True(differences.Count == 0, $"{differences.Count} differences, by field:\n" + string.Join('\n', differences
            .GroupBy(d => System.Text.RegularExpressions.Regex.Replace(d[..d.IndexOf(": ", StringComparison.Ordinal)], @"^[^.]*|\[\d+\]", ""))
            .Select(g => $"{g.Key} ({g.Count()}): {g.First()}")));
    }

    [Fact]
    public async Task Importing_the_same_export_again_changes_nothing()
    {
        var before = await RoundTripFixture.ExportAsync(fixture.Target);

        var second = await fixture.ImportAsync();

        Assert.Null(second.Failure);
        Assert.Equal(fixture.FirstImport.Read, second.Unchanged);
        Assert.Equal(0, second.Created + second.Updated + second.Skipped + second.Repeated);
        Assert.Equal(0, second.OrganisationsCreated + second.OrganisationsUpdated + second.LocationsCreated + second.LocationsUpdated + second.TermsCreated);
        Assert.Equal(before, await RoundTripFixture.ExportAsync(fixture.Target));
    }
}
