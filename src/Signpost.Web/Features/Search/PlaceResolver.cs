using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Signpost.Core.Content;
using Signpost.Core.Rules;
using Signpost.Data;
using Signpost.Web.Infrastructure;
using Signpost.Web.Infrastructure.ScaleOut;

namespace Signpost.Web.Features.Search;

/// <summary>Turns "WA7 2GW", "WA8" or "Widnes" into a point, from data we ship; nothing is looked up online.</summary>
/// <remarks>
/// The store is reached through the request's services only when a lookup misses the cache: taking the
/// DbContext in the constructor created one for every search, place or not, which was most of /api/search's
/// overhead over the engine.
/// </remarks>
public sealed class PlaceResolver(IServiceProvider services, IMemoryCache cache)
{
    /// <summary>Postcodes and the gazetteer are shipped data that changes only with a release, so lookups can be kept a while.</summary>
    private static readonly TimeSpan Keep = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan SharedKeep = TimeSpan.FromDays(1);

    private static readonly string[] PostcodeTags = [CacheTags.Postcodes];

    private SignpostDbContext Db => services.GetRequiredService<SignpostDbContext>();

    /// <summary>Names of gazetteer places whose centre lies within <paramref name="miles"/> of the point.</summary>
    public async Task<IReadOnlyList<string>> NamesNearAsync(double latitude, double longitude, double miles, CancellationToken cancellationToken)
    {
        IReadOnlyList<Place> places;
        try
        {
            places = await GazetteerAsync(cancellationToken);
        }
        catch (Exception ex) when (StoreUnavailable.Is(ex))
        {
            return [];
        }

        return places.Where(p => Distance.Miles(latitude, longitude, p.Latitude, p.Longitude) <= miles).Select(p => p.Name).ToList();
    }

    // The gazetteer is small and read on every place search, so it is kept in memory for a few minutes.
    private async Task<IReadOnlyList<Place>> GazetteerAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync("gazetteer", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Keep;
            return (IReadOnlyList<Place>)await Db.Places.AsNoTracking().ToListAsync(cancellationToken);
        }) ?? [];

    public async Task<PlaceLookup> ResolveAsync(string? text, CancellationToken cancellationToken)
    {
        try
        {
            return await ResolveFromStoreAsync(text, cancellationToken);
        }
        catch (Exception ex) when (StoreUnavailable.Is(ex))
        {
            // Search by words keeps working from the node's index while the store is down; places need the store.
            return PlaceLookup.Failed("Places cannot be looked up at the moment. Search by words, or try again in a few minutes");
        }
    }

    private async Task<PlaceLookup> ResolveFromStoreAsync(string? text, CancellationToken cancellationToken)
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
            return await cache.GetOrCreateAsync("postcode:" + code, async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = Keep;
                return await SharedPostcodeAsync(code, cancellationToken);
            }) ?? PlaceLookup.None;
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

    // Behind this node's memory, the shared cache: a postcode one node looked up is not read from the store again by the others.
    private async Task<PlaceLookup> SharedPostcodeAsync(string code, CancellationToken cancellationToken)
    {
        var json = await services.GetRequiredService<ISharedCache>().GetOrCreateAsync("postcode:" + code, PostcodeTags, SharedKeep,
            async token => JsonSerializer.Serialize(await PostcodeAsync(code, token), SearchApiJsonContext.Default.PlaceLookup), cancellationToken);
        return JsonSerializer.Deserialize(json!, SearchApiJsonContext.Default.PlaceLookup)!;
    }

    private async Task<PlaceLookup> PostcodeAsync(string code, CancellationToken cancellationToken)
    {
        var db = Db;
        var point = await db.Postcodes.AsNoTracking().FirstOrDefaultAsync(p => p.Postcode == code, cancellationToken)
            ?? (code.Contains(' ') ? await db.Postcodes.AsNoTracking().FirstOrDefaultAsync(p => p.Postcode == Postcodes.District(code), cancellationToken) : null);
        return point is null
            ? PlaceLookup.Failed($"We could not find the postcode {code}. Check it, or enter a town such as Widnes or Runcorn")
            : PlaceLookup.Found(code, point.Latitude, point.Longitude);
    }
}
