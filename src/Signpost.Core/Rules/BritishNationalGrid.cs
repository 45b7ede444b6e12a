namespace Signpost.Core.Rules;

/// <summary>
/// Converts Ordnance Survey National Grid eastings and northings (OSGB36, as in Code-Point Open)
/// to WGS84 latitude and longitude: the inverse Transverse Mercator projection on the Airy 1830
/// ellipsoid, then a Helmert transformation. Accurate to a few metres, plenty for postcode centroids.
/// </summary>
public static class BritishNationalGrid
{
    private const double AiryA = 6377563.396, AiryB = 6356256.909;
    private const double ScaleF0 = 0.9996012717;
    private const double TrueOriginLatitude = 49 * Math.PI / 180, TrueOriginLongitude = -2 * Math.PI / 180;
    private const double FalseEasting = 400000, FalseNorthing = -100000;

    public static (double Latitude, double Longitude) ToWgs84(double easting, double northing)
    {
        var (lat, lon) = ToOsgb36(easting, northing);
        return Helmert(lat, lon);
    }

    /// <summary>Latitude and longitude on the OSGB36 datum, in radians.</summary>
    public static (double Latitude, double Longitude) ToOsgb36(double easting, double northing)
    {
        var e2 = 1 - AiryB * AiryB / (AiryA * AiryA);
        var n = (AiryA - AiryB) / (AiryA + AiryB);
        var lat = TrueOriginLatitude;
        var m = 0.0;
        do
        {
            lat = (northing - FalseNorthing - m) / (AiryA * ScaleF0) + lat;
            m = MeridionalArc(lat, n);
        }
        while (Math.Abs(northing - FalseNorthing - m) >= 0.00001);

        var sinLat = Math.Sin(lat);
        var cosLat = Math.Cos(lat);
        var tanLat = Math.Tan(lat);
        var nu = AiryA * ScaleF0 / Math.Sqrt(1 - e2 * sinLat * sinLat);
        var rho = AiryA * ScaleF0 * (1 - e2) / Math.Pow(1 - e2 * sinLat * sinLat, 1.5);
        var eta2 = nu / rho - 1;
        var secLat = 1 / cosLat;
        var vii = tanLat / (2 * rho * nu);
        var viii = tanLat / (24 * rho * Math.Pow(nu, 3)) * (5 + 3 * tanLat * tanLat + eta2 - 9 * tanLat * tanLat * eta2);
        var ix = tanLat / (720 * rho * Math.Pow(nu, 5)) * (61 + 90 * tanLat * tanLat + 45 * Math.Pow(tanLat, 4));
        var x = secLat / nu;
        var xi = secLat / (6 * Math.Pow(nu, 3)) * (nu / rho + 2 * tanLat * tanLat);
        var xii = secLat / (120 * Math.Pow(nu, 5)) * (5 + 28 * tanLat * tanLat + 24 * Math.Pow(tanLat, 4));
        var xiia = secLat / (5040 * Math.Pow(nu, 7)) * (61 + 662 * tanLat * tanLat + 1320 * Math.Pow(tanLat, 4) + 720 * Math.Pow(tanLat, 6));
        var dE = easting - FalseEasting;
        var latitude = lat - vii * dE * dE + viii * Math.Pow(dE, 4) - ix * Math.Pow(dE, 6);
        var longitude = TrueOriginLongitude + x * dE - xi * Math.Pow(dE, 3) + xii * Math.Pow(dE, 5) - xiia * Math.Pow(dE, 7);
        return (latitude, longitude);
    }

    private static double MeridionalArc(double lat, double n)
    {
        var dLat = lat - TrueOriginLatitude;
        var sLat = lat + TrueOriginLatitude;
        return AiryB * ScaleF0 * (
            (1 + n + 5.0 / 4 * n * n + 5.0 / 4 * n * n * n) * dLat
            - (3 * n + 3 * n * n + 21.0 / 8 * n * n * n) * Math.Sin(dLat) * Math.Cos(sLat)
            + (15.0 / 8 * n * n + 15.0 / 8 * n * n * n) * Math.Sin(2 * dLat) * Math.Cos(2 * sLat)
            - 35.0 / 24 * n * n * n * Math.Sin(3 * dLat) * Math.Cos(3 * sLat));
    }

    // OSGB36 to WGS84 through cartesian coordinates, with the published Helmert parameters.
    private static (double Latitude, double Longitude) Helmert(double lat, double lon)
    {
        var e2Airy = 1 - AiryB * AiryB / (AiryA * AiryA);
        var nuAiry = AiryA / Math.Sqrt(1 - e2Airy * Math.Sin(lat) * Math.Sin(lat));
        var x1 = nuAiry * Math.Cos(lat) * Math.Cos(lon);
        var y1 = nuAiry * Math.Cos(lat) * Math.Sin(lon);
        var z1 = (1 - e2Airy) * nuAiry * Math.Sin(lat);

        const double tx = 446.448, ty = -125.157, tz = 542.060, s = -20.4894e-6;
        const double rx = 0.1502 / 3600 * Math.PI / 180, ry = 0.2470 / 3600 * Math.PI / 180, rz = 0.8421 / 3600 * Math.PI / 180;
        var x2 = tx + (1 + s) * x1 - rz * y1 + ry * z1;
        var y2 = ty + rz * x1 + (1 + s) * y1 - rx * z1;
        var z2 = tz - ry * x1 + rx * y1 + (1 + s) * z1;

        const double a = 6378137.000, b = 6356752.3142;
        var e2 = 1 - b * b / (a * a);
        var p = Math.Sqrt(x2 * x2 + y2 * y2);
        var latitude = Math.Atan2(z2, p * (1 - e2));
        for (var i = 0; i < 10; i++)
        {
            var nu = a / Math.Sqrt(1 - e2 * Math.Sin(latitude) * Math.Sin(latitude));
            latitude = Math.Atan2(z2 + e2 * nu * Math.Sin(latitude), p);
        }

        return (latitude * 180 / Math.PI, Math.Atan2(y2, x2) * 180 / Math.PI);
    }
}
