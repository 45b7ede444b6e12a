using Signpost.Core.Rules;

namespace Signpost.Core.Tests.Rules;

public class BritishNationalGridTests
{
    [Fact]
    public void The_projection_matches_the_ordnance_survey_worked_example()
    {
        // "A guide to coordinate systems in Great Britain", annex C: E 651409.903, N 313177.270
        // is 52°39'27.2531"N, 1°43'4.5177"E on OSGB36.
        var (lat, lon) = BritishNationalGrid.ToOsgb36(651409.903, 313177.270);

        Assert.Equal(52 + 39 / 60.0 + 27.2531 / 3600, lat * 180 / Math.PI, 6);
        Assert.Equal(1 + 43 / 60.0 + 4.5177 / 3600, lon * 180 / Math.PI, 6);
    }

    [Theory]
    [InlineData(651409.903, 313177.270)]
    [InlineData(351431, 382564)]
    [InlineData(325166, 673775)]
    [InlineData(530047, 179640)]
    public void The_datum_shift_to_wgs84_is_the_tens_of_metres_britain_expects(double easting, double northing)
    {
        var (osLat, osLon) = BritishNationalGrid.ToOsgb36(easting, northing);
        var (lat, lon) = BritishNationalGrid.ToWgs84(easting, northing);

        var metresNorth = (lat - osLat * 180 / Math.PI) * 111_320;
        var metresEast = (lon - osLon * 180 / Math.PI) * 111_320 * Math.Cos(lat * Math.PI / 180);
        var shift = Math.Sqrt(metresNorth * metresNorth + metresEast * metresEast);

        // OSGB36 and WGS84 differ by roughly 70 to 130 metres across Great Britain, mostly east-west.
        Assert.InRange(shift, 50, 150);
        Assert.True(metresEast < 0, "WGS84 longitudes lie west of OSGB36 ones in Great Britain");
    }
}
