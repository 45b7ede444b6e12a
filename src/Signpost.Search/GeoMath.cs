namespace Signpost.Search;

internal static class GeoMath
{
    /// <summary>The widest radius a search (or the nearest-beyond-the-radius fallback) looks within.</summary>
    public const double MaxSearchMiles = 500;

    private const double EarthRadiusMiles = 3958.7613;

    public static double DistanceMiles(double lat1, double lng1, double lat2, double lng2)
    {
        var dLat = ToRadians(lat2 - lat1);
        var dLng = ToRadians(lng2 - lng1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2)
            + Math.Cos(ToRadians(lat1)) * Math.Cos(ToRadians(lat2)) * Math.Pow(Math.Sin(dLng / 2), 2);
        return 2 * EarthRadiusMiles * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>A latitude/longitude box that contains the circle, padded because the R*Tree stores 32-bit floats.</summary>
    public static (double LatLow, double LatHigh, double LngLow, double LngHigh) BoundingBox(double lat, double lng, double radiusMiles)
    {
        const double pad = 1e-4;
        var angular = radiusMiles / EarthRadiusMiles;
        var dLat = ToDegrees(angular);
        var sinRatio = Math.Sin(angular) / Math.Cos(ToRadians(lat));
        var dLng = sinRatio >= 1 ? 180 : ToDegrees(Math.Asin(sinRatio));
        return (lat - dLat - pad, lat + dLat + pad, lng - dLng - pad, lng + dLng + pad);
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;

    private static double ToDegrees(double radians) => radians * 180 / Math.PI;
}
