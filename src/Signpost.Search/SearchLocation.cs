namespace Signpost.Search;

public sealed record SearchLocation(double Latitude, double Longitude, string Town);
