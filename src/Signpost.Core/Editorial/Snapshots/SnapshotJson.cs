using System.Text.Json;
using System.Text.Json.Serialization;

namespace Signpost.Core.Editorial.Snapshots;

/// <summary>One set of JSON settings for every snapshot kind, so versions read the same whoever wrote them.</summary>
internal static class SnapshotJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"A {typeof(T).Name} was empty.");
}
