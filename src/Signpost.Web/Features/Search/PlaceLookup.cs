namespace Signpost.Web.Features.Search;

public sealed record PlaceLookup(string? Name, double Latitude, double Longitude, string? Error)
{
    public static readonly PlaceLookup None = new(null, 0, 0, null);

    public bool IsFound => Name is not null;

    public static PlaceLookup Found(string name, double latitude, double longitude) => new(name, latitude, longitude, null);

    public static PlaceLookup Failed(string error) => new(null, 0, 0, error);
}
