using System.Globalization;
using Signpost.Core.Editorial.Snapshots;

namespace Signpost.Web.Features.Editor.Locations;

/// <summary>The venue form as posted. Coordinates are text so a typo comes back as a message, not a binding error.</summary>
public sealed class LocationForm
{
    public string? Name { get; set; }
    public string? Address { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public List<string> Accessibility { get; set; } = [];
    public string? Transport { get; set; }
    public int BaseVersion { get; set; }
    public string? Comment { get; set; }

    /// <summary>The accessibility vocabulary of the content seed (content-seed/README.md), in the order the public page lists them.</summary>
    public static IReadOnlyList<string> Features { get; } =
        ["step-free-access", "lift", "accessible-toilet", "changing-places", "hearing-loop", "accessible-parking", "quiet-space", "baby-changing"];

    public static LocationForm From(LocationSnapshot snapshot, int baseVersion) => new()
    {
        Name = snapshot.Name,
        Address = snapshot.Address,
        Town = snapshot.Town,
        Postcode = snapshot.Postcode,
        Latitude = snapshot.Latitude.ToString("0.######", CultureInfo.InvariantCulture),
        Longitude = snapshot.Longitude.ToString("0.######", CultureInfo.InvariantCulture),
        Accessibility = snapshot.Accessibility.ToList(),
        Transport = snapshot.Transport,
        BaseVersion = baseVersion,
    };
}
