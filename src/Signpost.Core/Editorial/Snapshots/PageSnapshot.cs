using System.Text.Json;

namespace Signpost.Core.Editorial.Snapshots;

/// <summary>Every field of an information page an editor can change. <see cref="Path"/> is the whole address ("help/what-is-camhs"), parent included.</summary>
public sealed record PageSnapshot : ISnapshot<PageSnapshot>
{
    public string Title { get; init; } = "";
    public string Path { get; init; } = "";
    public string Summary { get; init; } = "";
    public string Body { get; init; } = "";
    public int SortOrder { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, SnapshotJson.Options);

    public static PageSnapshot FromJson(string json) => SnapshotJson.Read<PageSnapshot>(json);
}
