namespace Signpost.Web.Features.Search;

public static class Distance
{
    private const double EarthRadiusMiles = 3958.8;

    /// <summary>Great-circle distance in miles (haversine).</summary>
    public static double Miles(double lat1, double lon1, double lat2, double lon2)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusMiles * Math.Asin(Math.Sqrt(a));
    }
}
