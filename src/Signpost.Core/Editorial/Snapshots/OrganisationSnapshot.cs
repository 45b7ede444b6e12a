using System.Text.Json;
using System.Text.Json.Serialization;
using Signpost.Core.Content;

namespace Signpost.Core.Editorial.Snapshots;

/// <summary>
/// Every field of an organisation an editor can change. Whether it is trusted is not here: that is a
/// permission a manager grants at once, not content that waits for review.
/// </summary>
public sealed record OrganisationSnapshot : ISnapshot<OrganisationSnapshot>
{
    public string Name { get; init; } = "";
    public string Slug { get; init; } = "";
    public OrganisationType Type { get; init; }
    public string Description { get; init; } = "";
    public string? Website { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }

    [JsonIgnore]
    public string Title => Name;

    public string ToJson() => JsonSerializer.Serialize(this, SnapshotJson.Options);

    public static OrganisationSnapshot FromJson(string json) => SnapshotJson.Read<OrganisationSnapshot>(json);
}
