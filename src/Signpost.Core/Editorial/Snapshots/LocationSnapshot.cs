using System.Text.Json;
using System.Text.Json.Serialization;

namespace Signpost.Core.Editorial.Snapshots;

/// <summary>Every field of a venue an editor can change; accessibility features are kept sorted so equal venues give equal JSON.</summary>
public sealed record LocationSnapshot : ISnapshot<LocationSnapshot>
{
    public string Name { get; init; } = "";
    public string Slug { get; init; } = "";
    public string Address { get; init; } = "";
    public string Town { get; init; } = "";
    public string Postcode { get; init; } = "";
    public double Latitude { get; init; }
    public double Longitude { get; init; }
    public IReadOnlyList<string> Accessibility { get; init; } = [];
    public string? Transport { get; init; }

    [JsonIgnore]
    public string Title => Name;

    public string ToJson() => JsonSerializer.Serialize(Normalised(), SnapshotJson.Options);

    public static LocationSnapshot FromJson(string json) => SnapshotJson.Read<LocationSnapshot>(json);

    public LocationSnapshot Normalised() => this with { Accessibility = Accessibility.Distinct().Order(StringComparer.Ordinal).ToList() };
}
