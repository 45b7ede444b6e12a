using Microsoft.EntityFrameworkCore;
using Signpost.Data;

namespace Signpost.Web.Features.Participation.Reports;

/// <summary>
/// Feedback keeps only the postcode district, so a town is reported as the districts whose centre
/// is nearer to it than to any other town and within <see cref="MaxKilometres"/> of it (Runcorn: WA7;
/// Widnes: WA8); the neighbouring areas' districts belong to no town here. Towns only: a village's
/// nearest district is usually a town's, which would make the two filters give the same figures.
/// </summary>
public static class LocalityDistricts
{
    public const double MaxKilometres = 5;

    private const double KilometresPerDegree = 111.2;

    public static async Task<IReadOnlyList<Locality>> LoadAsync(SignpostDbContext db, CancellationToken cancellationToken)
    {
        var towns = await db.Places.AsNoTracking().Where(p => p.Kind == "town")
            .Select(p => new { p.Name, p.Latitude, p.Longitude }).ToListAsync(cancellationToken);
        var districts = await db.Postcodes.AsNoTracking().Where(p => p.IsDistrict)
            .Select(p => new { p.Postcode, p.Latitude, p.Longitude }).ToListAsync(cancellationToken);
        if (towns.Count == 0)
        {
            return [];
        }

        // Equirectangular distance is plenty at the scale of one area.
        static double Kilometres(double lat1, double lon1, double lat2, double lon2)
        {
            var x = (lon2 - lon1) * Math.Cos((lat1 + lat2) * Math.PI / 360);
            var y = lat2 - lat1;
            return Math.Sqrt(x * x + y * y) * KilometresPerDegree;
        }

        return districts
            .Select(d => (District: d, Town: towns.MinBy(t => Kilometres(t.Latitude, t.Longitude, d.Latitude, d.Longitude))!))
            .Where(p => Kilometres(p.Town.Latitude, p.Town.Longitude, p.District.Latitude, p.District.Longitude) <= MaxKilometres)
            .GroupBy(p => p.Town.Name, p => p.District)
            .Select(g => new Locality(g.Key, g.Select(d => d.Postcode.ToUpperInvariant()).Order(StringComparer.Ordinal).ToList()))
            .OrderBy(l => l.Name, StringComparer.Ordinal)
            .ToList();
    }
}
