using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Signpost.Core.Content;
using Signpost.Core.Rules;
using Signpost.Data;

namespace Signpost.Web.Features.Search;

/// <summary>Turns "WA7 2GW", "WA8" or "Widnes" into a point, from data we ship; nothing is looked up online.</summary>
public sealed class PlaceResolver(SignpostDbContext db, IMemoryCache cache)
{
    /// <summary>Names of gazetteer places whose centre lies within <paramref name="miles"/> of the point.</summary>
    public async Task<IReadOnlyList<string>> NamesNearAsync(double latitude, double longitude, double miles, CancellationToken cancellationToken)
    {
        var places = await GazetteerAsync(cancellationToken);
        return places.Where(p => Distance.Miles(latitude, longitude, p.Latitude, p.Longitude) <= miles).Select(p => p.Name).ToList();
    }

    // The gazetteer is small and read on every place search, so it is kept in memory for a few minutes.
    private async Task<IReadOnlyList<Place>> GazetteerAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync("gazetteer", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
            return (IReadOnlyList<Place>)await db.Places.AsNoTracking().ToListAsync(cancellationToken);
        }) ?? [];

    public async Task<PlaceLookup> ResolveAsync(string? text, CancellationToken cancellationToken)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return PlaceLookup.None;
        }

        if (trimmed.Length > 60)
        {
            return PlaceLookup.Failed("Enter a postcode or town of 60 characters or fewer");
        }

        var code = Postcodes.Normalise(trimmed) ?? Postcodes.NormaliseDistrict(trimmed);
        if (code is not null)
        {
            var point = await db.Postcodes.AsNoTracking().FirstOrDefaultAsync(p => p.Postcode == code, cancellationToken)
                ?? (code.Contains(' ') ? await db.Postcodes.AsNoTracking().FirstOrDefaultAsync(p => p.Postcode == Postcodes.District(code), cancellationToken) : null);
            return point is null
                ? PlaceLookup.Failed($"We could not find the postcode {code}. Check it, or enter a town such as Widnes or Runcorn")
                : PlaceLookup.Found(code, point.Latitude, point.Longitude);
        }

        var place = (await GazetteerAsync(cancellationToken)).FirstOrDefault(p => string.Equals(p.Name, trimmed, StringComparison.OrdinalIgnoreCase));
        if (place is not null)
        {
            return PlaceLookup.Found(place.Name, place.Latitude, place.Longitude);
        }

        return Postcodes.LooksLikePostcode(trimmed)
            ? PlaceLookup.Failed("Enter a real postcode, like WA7 2GW, or a town such as Widnes")
            : PlaceLookup.Failed($"We could not find a place called \"{trimmed}\". Enter a postcode, or a town such as Widnes or Runcorn");
    }
}
