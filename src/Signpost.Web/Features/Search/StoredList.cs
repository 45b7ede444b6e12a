using System.Data.Common;
using System.Text.Json;

namespace Signpost.Web.Features.Search;

/// <summary>
/// One primitive-collection column as EF stores it: a JSON array on SQLite, an array on PostgreSQL, each item
/// mapped to the word the index wants. Most rows repeat a handful of values ("[]", "[\"InPerson\"]"), so each
/// distinct stored value is parsed and mapped once and its array shared: documents treat their lists as read-only.
/// </summary>
internal sealed class StoredList(Func<string, string> map)
{
    private readonly Dictionary<string, string[]> parsed = new(StringComparer.Ordinal);

    public static StoredList Plain() => new(item => item);

    public static StoredList Enum<TEnum>(Func<TEnum, string> word)
        where TEnum : struct, System.Enum => new(name => word(System.Enum.Parse<TEnum>(name)));

    public string[] Read(DbDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            return [];
        }

        var value = reader.GetValue(ordinal);
        if (value is string[] array)
        {
            return array.Select(map).ToArray();
        }

        var json = (string)value;
        if (!parsed.TryGetValue(json, out var items))
        {
            items = (JsonSerializer.Deserialize<string[]>(json) ?? []).Select(map).ToArray();
            parsed[json] = items;
        }

        return items;
    }
}
