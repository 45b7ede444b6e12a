using System.Text.Json.Nodes;

namespace Signpost.Web.Tests.Features.OpenReferral.RoundTrip;

/// <summary>
/// A service from the feed with only what legitimately cannot survive an import taken out, so two exports
/// can be compared field by field.
/// </summary>
public static class RoundTripCanonical
{
    public static JsonObject Of(JsonObject service)
    {
        var copy = service.DeepClone().AsObject();

        // When a record last changed is the importing store's own history, not the feed's.
        RemoveEverywhere(copy, "last_modified");

        // assured_date is when this directory last checked the record: an import counts as a check, so the
        // importing directory says the day it took the feed in, not the day the source last checked it.
        copy.Remove("assured_date");

        // Rows our store keeps without the feed's ids get new ones, so order by content, not id.
        foreach (var schedule in Items(copy, "schedules"))
        {
            schedule.Remove("id");
        }

        Sort(copy, "schedules", s => $"{s["byday"]}|{s["opens_at"]}|{s["closes_at"]}|{s["service_at_location_id"]}|{s["valid_from"]}|{s["notes"]}");
        Sort(copy, "languages", l => (string?)l["name"]);
        foreach (var place in Items(copy, "service_at_locations"))
        {
            Sort(place["location"]!.AsObject(), "accessibility", a => (string?)a["accessibility"]);
        }

        // Terms compared by taxonomy and code, so a difference names the term.
        Sort(copy, "attributes", a => (string?)a["taxonomy_term_id"]);
        if (copy["attributes"] is JsonArray attributes)
        {
            copy["attributes"] = new JsonArray([.. attributes.Select(a => JsonValue.Create($"{a!["taxonomy_term"]?["taxonomy"]}:{a["taxonomy_term"]?["code"]}"))]);
        }

        return copy;
    }

    private static IEnumerable<JsonObject> Items(JsonObject owner, string name) =>
        owner[name] is JsonArray array ? array.OfType<JsonObject>() : [];

    private static void Sort(JsonObject owner, string name, Func<JsonObject, string?> key)
    {
        if (owner[name] is JsonArray array)
        {
            var sorted = array.OfType<JsonObject>().OrderBy(key, StringComparer.Ordinal).ToList();
            array.Clear();
            foreach (var item in sorted)
            {
                array.Add(item);
            }
        }
    }

    /// <summary>Every path at which the two differ, with both values.</summary>
    public static IEnumerable<string> Differences(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var key in e.Select(p => p.Key).Union(a.Select(p => p.Key)))
                {
                    foreach (var difference in Differences(e[key], a[key], $"{path}.{key}"))
                    {
                        yield return difference;
                    }
                }

                break;
            case (JsonArray e, JsonArray a) when e.Count == a.Count:
                for (var i = 0; i < e.Count; i++)
                {
                    foreach (var difference in Differences(e[i], a[i], $"{path}[{i}]"))
                    {
                        yield return difference;
                    }
                }

                break;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                {
                    yield return $"{path}: {Where(expected, actual)}";
                }

                break;
        }
    }

    /// <summary>Both values; long texts from a little before the first character where they part.</summary>
    private static string Where(JsonNode? expected, JsonNode? actual)
    {
        if (expected?.GetValueKind() == System.Text.Json.JsonValueKind.String && actual?.GetValueKind() == System.Text.Json.JsonValueKind.String)
        {
            var (e, a) = ((string)expected!, (string)actual!);
            var same = 0;
            while (same < e.Length && same < a.Length && e[same] == a[same])
            {
                same++;
            }

            var from = Math.Max(0, same - 40);
            return $"at {same}: {Short(JsonValue.Create(e[from..]))} became {Short(JsonValue.Create(a[from..]))}";
        }

        return $"{Short(expected)} became {Short(actual)}";
    }

    private static string Short(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "(missing)";
        return text.Length <= 160 ? text : text[..160] + "…";
    }

    private static void RemoveEverywhere(JsonNode? node, string name)
    {
        if (node is JsonObject json)
        {
            json.Remove(name);
            foreach (var (_, child) in json)
            {
                RemoveEverywhere(child, name);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                RemoveEverywhere(item, name);
            }
        }
    }
}
