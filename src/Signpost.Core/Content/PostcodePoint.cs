namespace Signpost.Core.Content;

/// <summary>A full postcode ("WA7 2GW") or a district centroid ("WA7") with its coordinates.</summary>
public class PostcodePoint
{
    public required string Postcode { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public bool IsDistrict { get; set; }
}
