namespace Signpost.Web.Features.Search;

public sealed record MapMarker(string Slug, string ServiceName, string PlaceName, double Latitude, double Longitude);
