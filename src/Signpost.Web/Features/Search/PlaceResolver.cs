using Microsoft.EntityFrameworkCore;
using Signpost.Core.Rules;
using Signpost.Data;

namespace Signpost.Web.Features.Search;

/// <summary>Turns "WA7 2GW", "WA8" or "Widnes" into a point, from data we ship; nothing is looked up online.</summary>
public sealed class PlaceResolver(SignpostDbContext db)
{
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

        var lower = trimmed.ToLowerInvariant();
        var place = await db.Places.AsNoTracking().FirstOrDefaultAsync(p => p.Name.ToLower() == lower, cancellationToken);
        if (place is not null)
        {
            return PlaceLookup.Found(place.Name, place.Latitude, place.Longitude);
        }

        return Postcodes.LooksLikePostcode(trimmed)
            ? PlaceLookup.Failed("Enter a real postcode, like WA7 2GW, or a town such as Widnes")
            : PlaceLookup.Failed($"We could not find a place called \"{trimmed}\". Enter a postcode, or a town such as Widnes or Runcorn");
    }
}
