using Microsoft.EntityFrameworkCore;
using Signpost.Data.PostcodeImport;

namespace Signpost.Data.Tests.PostcodeImport;

public sealed class PostcodeImporterTests : IDisposable
{
    private readonly TempFolder files = new();

    public void Dispose() => files.Dispose();

    private async Task<(PostcodeImportReport Report, Dictionary<string, (double Lat, double Lon, bool District)> Rows)> ImportAsync(TestStore store, string text)
    {
        files.Write("postcodes.csv", text);
        await using var db = store.NewContext();
        var report = await new PostcodeImporter(db).ImportAsync(files.File("postcodes.csv"));
        var rows = await db.Postcodes.AsNoTracking().ToDictionaryAsync(p => p.Postcode, p => (p.Latitude, p.Longitude, p.IsDistrict));
        return (report, rows);
    }

    [Fact]
    public async Task The_ons_postcode_directory_is_read_by_its_header_skipping_terminated_and_unlocated_postcodes()
    {
        using var store = await TestStore.MigratedAsync();

        var (report, rows) = await ImportAsync(store, """
            pcd,pcd2,pcds,dointr,doterm,oseast1m,osnrth1m,lat,long
            WA7 2GW,WA7  2GW,WA7 2GW,199801,,354000,382000,53.3331,-2.6951
            WA7 1AA,WA7  1AA,WA7 1AA,199801,,352000,382900,53.3411,-2.7251
            WA8 0ZZ,WA8  0ZZ,WA8 0ZZ,199801,200512,351000,385000,53.3600,-2.7400
            WA8 9ZZ,WA8  9ZZ,WA8 9ZZ,199801,,,,99.999999,0.000000
            NOT A POSTCODE,,,,,,,53.1,-2.1
            """);

        Assert.Equal(PostcodeFileFormat.OnsPostcodeDirectory, report.Format);
        Assert.Equal(2, report.Imported);
        Assert.Equal(1, report.SkippedTerminated);
        Assert.Equal(1, report.SkippedNoLocation);
        Assert.Equal(1, report.SkippedMalformed);
        Assert.Equal((53.3331, -2.6951, false), rows["WA7 2GW"]);
        Assert.DoesNotContain("WA8 0ZZ", rows.Keys);
    }

    [Fact]
    public async Task District_centroids_are_the_mean_of_their_postcodes()
    {
        using var store = await TestStore.MigratedAsync();

        var (report, rows) = await ImportAsync(store, "postcode,latitude,longitude\nWA7 2GW,53.30,-2.70\nWA7 1AA,53.40,-2.80\nWA8 7QE,53.36,-2.73\n");

        Assert.Equal(2, report.Districts);
        Assert.True(rows["WA7"].District);
        Assert.Equal(53.35, rows["WA7"].Lat, 6);
        Assert.Equal(-2.75, rows["WA7"].Lon, 6);
        Assert.Equal(53.36, rows["WA8"].Lat, 6);
    }

    [Fact]
    public async Task Code_point_open_eastings_and_northings_become_wgs84_coordinates()
    {
        using var store = await TestStore.MigratedAsync();

        // Code-Point Open has no header row; columns are postcode, quality, eastings, northings, ...
        var (report, rows) = await ImportAsync(store, "\"WA7 1BG\",10,351431,382564,\"E92000001\",\"\",\"\",\"\",\"E06000006\",\"E05012345\"\n\"WA7 9ZZ\",90,0,0,\"E92000001\",\"\",\"\",\"\",\"\",\"\"\n");

        Assert.Equal(PostcodeFileFormat.CodePointOpen, report.Format);
        Assert.Equal(1, report.Imported);
        Assert.Equal(1, report.SkippedNoLocation);
        Assert.InRange(rows["WA7 1BG"].Lat, 53.33, 53.35);
        Assert.InRange(rows["WA7 1BG"].Lon, -2.75, -2.72);
    }

    [Fact]
    public async Task Importing_again_updates_rather_than_duplicates()
    {
        using var store = await TestStore.MigratedAsync();

        await ImportAsync(store, "postcode,latitude,longitude\nWA7 2GW,53.30,-2.70\n");
        var (report, rows) = await ImportAsync(store, "postcode,latitude,longitude\nWA7 2GW,53.31,-2.71\n");

        Assert.Equal(1, report.Imported);
        Assert.Equal(2, rows.Count);
        Assert.Equal(53.31, rows["WA7 2GW"].Lat, 6);
    }

    [Fact]
    public async Task A_file_of_another_kind_is_refused_with_a_clear_message_and_changes_nothing()
    {
        using var store = await TestStore.MigratedAsync();
        files.Write("other.csv", "name,age\nJo,7\n");
        await using var db = store.NewContext();

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => new PostcodeImporter(db).ImportAsync(files.File("other.csv")));

        Assert.Contains("Not a postcode file Signpost knows", error.Message);
        Assert.Equal(0, await db.Postcodes.CountAsync());
    }
}
