namespace Signpost.Search;

public sealed record GeoPoint(double Latitude, double Longitude);
