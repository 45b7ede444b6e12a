namespace Signpost.Core.Content;

/// <summary>A town, village or neighbourhood from the gazetteer, so people can type "Widnes".</summary>
public class Place
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public string Kind { get; set; } = "town";
}
